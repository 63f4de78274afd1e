// Reads the NUMA topology Linux publishes under /sys/devices/system/node. Where that is missing (macOS, a
// kernel without NUMA, a sandbox hiding /sys) the machine is one node holding every online CPU and all memory.
#include <dirent.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "sluice_native.h"

namespace sluice {

namespace {

const char kNodeRoot[] = "/sys/devices/system/node";
// A cpulist range beyond this is a malformed file, not a machine: the bound keeps a corrupt "0-4294967295"
// from allocating gigabytes.
const long kCpuNumberMax = 1 << 20;

struct Node {
  long id;
  std::vector<long> cpus;
  double memory_bytes;
};

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream file(path);
  if (!file) return false;
  std::stringstream buffer;
  buffer << file.rdbuf();
  *out = buffer.str();
  return true;
}

// "0-3,8,10-11\n" -> 0 1 2 3 8 10 11. Returns false on any malformed part, so a half-parsed list is never used.
bool ParseCpuList(const std::string& text, std::vector<long>* cpus) {
  std::stringstream stream(text);
  std::string part;
  while (std::getline(stream, part, ',')) {
    part.erase(std::remove_if(part.begin(), part.end(), [](char c) { return c == '\n' || c == ' '; }), part.end());
    if (part.empty()) continue;
    char* end = nullptr;
    long first = std::strtol(part.c_str(), &end, 10);
    long last = first;
    if (end == part.c_str()) return false;
    if (*end == '-') {
      const char* rest = end + 1;
      last = std::strtol(rest, &end, 10);
      if (end == rest) return false;
    }
    if (*end != '\0' || first < 0 || last < first || last > kCpuNumberMax) return false;
    for (long cpu = first; cpu <= last; cpu++) cpus->push_back(cpu);
  }
  return true;
}

// "Node 0 MemTotal:       4679884 kB" -> bytes; 0 when absent.
double ParseMemTotal(const std::string& text) {
  size_t at = text.find("MemTotal:");
  if (at == std::string::npos) return 0;
  double kilobytes = std::strtod(text.c_str() + at + 9, nullptr);
  return kilobytes > 0 ? kilobytes * 1024 : 0;
}

std::vector<Node> ReadSysNodes() {
  std::vector<Node> nodes;
  DIR* dir = opendir(kNodeRoot);
  if (dir == nullptr) return nodes;
  while (struct dirent* entry = readdir(dir)) {
    std::string name = entry->d_name;
    if (name.size() < 5 || name.compare(0, 4, "node") != 0) continue;
    char* end = nullptr;
    long id = std::strtol(name.c_str() + 4, &end, 10);
    if (*end != '\0' || id < 0) continue;
    std::string base = std::string(kNodeRoot) + "/" + name;
    std::string text;
    Node node{id, {}, 0};
    if (!ReadFile(base + "/cpulist", &text) || !ParseCpuList(text, &node.cpus)) continue;
    if (ReadFile(base + "/meminfo", &text)) node.memory_bytes = ParseMemTotal(text);
    nodes.push_back(std::move(node));
  }
  closedir(dir);
  std::sort(nodes.begin(), nodes.end(), [](const Node& a, const Node& b) { return a.id < b.id; });
  return nodes;
}

Node OneNode() {
  Node node{0, {}, 0};
  std::string text;
  if (!ReadFile("/sys/devices/system/cpu/online", &text) || !ParseCpuList(text, &node.cpus) || node.cpus.empty()) {
    node.cpus.clear();
    long online = sysconf(_SC_NPROCESSORS_ONLN);
    for (long cpu = 0; cpu < (online > 0 ? online : 1); cpu++) node.cpus.push_back(cpu);
  }
  long pages = sysconf(_SC_PHYS_PAGES);
  long page_bytes = sysconf(_SC_PAGESIZE);
  if (pages > 0 && page_bytes > 0) node.memory_bytes = static_cast<double>(pages) * static_cast<double>(page_bytes);
  return node;
}

}  // namespace

// numaTopology(): { nodes: Array<{ id, cpus, memoryBytes }>, source: 'sysfs' | 'fallback' }
Napi::Value NumaTopology(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  std::vector<Node> nodes = ReadSysNodes();
  // Memory-only nodes (CXL, some HBM) have an empty cpulist; a topology is usable only if some node has CPUs.
  bool has_cpus = std::any_of(nodes.begin(), nodes.end(), [](const Node& node) { return !node.cpus.empty(); });
  const char* source = "sysfs";
  if (!has_cpus) {
    nodes.clear();
    nodes.push_back(OneNode());
    source = "fallback";
  }
  Napi::Array list = Napi::Array::New(env, nodes.size());
  for (size_t i = 0; i < nodes.size(); i++) {
    Napi::Object node = Napi::Object::New(env);
    node.Set("id", Napi::Number::New(env, static_cast<double>(nodes[i].id)));
    Napi::Array cpus = Napi::Array::New(env, nodes[i].cpus.size());
    for (size_t j = 0; j < nodes[i].cpus.size(); j++) {
      cpus.Set(static_cast<uint32_t>(j), Napi::Number::New(env, static_cast<double>(nodes[i].cpus[j])));
    }
    node.Set("cpus", cpus);
    node.Set("memoryBytes", Napi::Number::New(env, nodes[i].memory_bytes));
    list.Set(static_cast<uint32_t>(i), node);
  }
  Napi::Object result = Napi::Object::New(env);
  result.Set("nodes", list);
  result.Set("source", Napi::String::New(env, source));
  return result;
}

}  // namespace sluice
