// Read-only mapping of a file range as an external ArrayBuffer, for serving sealed log segments without a
// copy. The mapping is MAP_PRIVATE|PROT_READ and lives until the ArrayBuffer is collected, whatever happens to
// the file descriptor (closed here before returning) or the file's name.
//
// Only map data that will not shrink: reading a mapped page the file no longer covers raises SIGBUS and kills
// the process. The log maps sealed segments only; truncation happens to the active segment, which is read
// through fs.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <string>

#include "sluice_native.h"

namespace sluice {

namespace {

// 2^53 - 1: beyond this a JS number no longer names every byte offset.
const double kSafeIntegerMax = 9007199254740991.0;

// Live mappings in this process, across all worker threads (they share one address space). Node unmaps a
// collected buffer only on a later turn of the event loop, so a synchronous loop of maps can pile up mappings
// until the kernel's vm.max_map_count (65530 by default) is reached, after which V8 itself cannot allocate and
// aborts. Refusing past this limit keeps headroom for V8; the TS layer then reads the range through fs.
const int64_t kMappingsLiveMax = 16384;
std::atomic<int64_t> mappings_live{0};

struct Mapping {
  void* base;
  size_t bytes;
};

Napi::Error ErrnoError(Napi::Env env, const std::string& what, int error, const char* syscall, const std::string& path) {
  Napi::Error result = Napi::Error::New(env, ErrnoMessage(what, error));
  // Same fields as Node's fs errors, so callers can branch on `code` for either path.
  const char* code = ErrnoName(error);
  if (code != nullptr) result.Set("code", Napi::String::New(env, code));
  result.Set("errno", Napi::Number::New(env, -error));
  result.Set("syscall", Napi::String::New(env, syscall));
  result.Set("path", Napi::String::New(env, path));
  return result;
}

bool ReadByteCount(const Napi::Value& value, double* out) {
  if (!value.IsNumber()) return false;
  double number = value.As<Napi::Number>().DoubleValue();
  if (!(number >= 0) || number > kSafeIntegerMax || std::floor(number) != number) return false;
  *out = number;
  return true;
}

int AdviceFor(const std::string& name, bool* known) {
  *known = true;
  if (name == "normal") return MADV_NORMAL;
  if (name == "sequential") return MADV_SEQUENTIAL;
  if (name == "random") return MADV_RANDOM;
  if (name == "willneed") return MADV_WILLNEED;
  *known = false;
  return MADV_NORMAL;
}

void Unmap(Napi::Env env, void* /*data*/, Mapping* mapping) {
  munmap(mapping->base, mapping->bytes);
  mappings_live.fetch_sub(1, std::memory_order_relaxed);
  Napi::MemoryManagement::AdjustExternalMemory(env, -static_cast<int64_t>(mapping->bytes));
  delete mapping;
}

}  // namespace

// mmapReadOnly(path: string, offset: number, length: number, advice?: 'normal' | 'sequential' | 'random' |
// 'willneed'): ArrayBuffer over bytes [offset, offset + length) of the file.
Napi::Value MmapReadOnly(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const std::string usage = "mmapReadOnly(path, offset, length, advice?)";
  if (info.Length() < 3 || !info[0].IsString()) {
    throw Napi::TypeError::New(env, usage + ": path must be a string");
  }
  std::string path = info[0].As<Napi::String>().Utf8Value();
  if (path.empty() || path.find('\0') != std::string::npos) {
    throw Napi::TypeError::New(env, usage + ": path must be a non-empty string without NUL bytes");
  }
  double offset = 0;
  double length = 0;
  if (!ReadByteCount(info[1], &offset)) {
    throw Napi::RangeError::New(env, usage + ": offset must be a non-negative safe integer");
  }
  if (!ReadByteCount(info[2], &length)) {
    throw Napi::RangeError::New(env, usage + ": length must be a non-negative safe integer");
  }
  int advice = MADV_NORMAL;
  bool advise = false;
  if (info.Length() >= 4 && !info[3].IsUndefined()) {
    bool known = false;
    std::string name = info[3].IsString() ? info[3].As<Napi::String>().Utf8Value() : "";
    advice = AdviceFor(name, &known);
    if (!known) {
      throw Napi::TypeError::New(env, usage + ": advice must be 'normal', 'sequential', 'random' or 'willneed'");
    }
    advise = true;
  }
  if (sizeof(size_t) < 8 && length > 4294967295.0) {
    throw Napi::RangeError::New(env, usage + ": length does not fit this 32-bit process's address space");
  }

  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    throw ErrnoError(env, "mmapReadOnly: open(" + path + ")", errno, "open", path);
  }
  struct stat status;
  if (fstat(fd, &status) != 0) {
    int error = errno;
    close(fd);
    throw ErrnoError(env, "mmapReadOnly: fstat(" + path + ")", error, "fstat", path);
  }
  if (!S_ISREG(status.st_mode)) {
    close(fd);
    throw ErrnoError(env, "mmapReadOnly: " + path + " is not a regular file", S_ISDIR(status.st_mode) ? EISDIR : ENODEV,
                     "mmap", path);
  }
  double file_bytes = static_cast<double>(status.st_size);
  if (offset + length > file_bytes) {
    close(fd);
    // A mapping past the end would SIGBUS on first touch, so this is refused up front.
    Napi::Error error = Napi::RangeError::New(
        env, "mmapReadOnly: range [" + std::to_string(static_cast<long long>(offset)) + ", " +
                 std::to_string(static_cast<long long>(offset + length)) + ") is past the end of " + path + " (" +
                 std::to_string(static_cast<long long>(file_bytes)) +
                 " bytes); map only data the file already holds");
    error.Set("code", Napi::String::New(env, "ERR_OUT_OF_RANGE"));
    error.Set("path", Napi::String::New(env, path));
    throw error;
  }
  if (length == 0) {
    // mmap rejects a zero length; an empty range is an ordinary empty buffer.
    close(fd);
    return Napi::ArrayBuffer::New(env, 0);
  }

  if (mappings_live.load(std::memory_order_relaxed) >= kMappingsLiveMax) {
    close(fd);
    Napi::Error error = Napi::Error::New(
        env, "mmapReadOnly: " + std::to_string(kMappingsLiveMax) +
                 " mappings are live, the limit; a mapped buffer is unmapped only after it is collected and the event "
                 "loop turns, so map whole segments once and slice them, or read this range through fs");
    error.Set("code", Napi::String::New(env, "ERR_SLUICE_MAPPINGS_LIMIT"));
    error.Set("path", Napi::String::New(env, path));
    throw error;
  }

  // mmap's offset must be page-aligned: map from the page holding `offset` and hand out the tail.
  long page_bytes = sysconf(_SC_PAGESIZE);
  off_t file_offset = static_cast<off_t>(offset);
  off_t aligned = file_offset - (file_offset % static_cast<off_t>(page_bytes));
  size_t lead = static_cast<size_t>(file_offset - aligned);
  size_t map_bytes = lead + static_cast<size_t>(length);
  void* base = mmap(nullptr, map_bytes, PROT_READ, MAP_PRIVATE, fd, aligned);
  int map_error = errno;
  // The mapping holds its own reference to the file; the descriptor is not needed past this point.
  close(fd);
  if (base == MAP_FAILED) {
    throw ErrnoError(env, "mmapReadOnly: mmap(" + path + ")", map_error, "mmap", path);
  }
  if (advise) {
    // A hint only: the kernel may ignore it, and a failure changes nothing about the data.
    madvise(base, map_bytes, advice);
  }
  Mapping* mapping = new Mapping{base, map_bytes};
  mappings_live.fetch_add(1, std::memory_order_relaxed);
  // Tell V8 what the buffer holds so it collects mappings in a loop before the process hits vm.max_map_count.
  Napi::MemoryManagement::AdjustExternalMemory(env, static_cast<int64_t>(map_bytes));
  return Napi::ArrayBuffer::New(env, static_cast<char*>(base) + lead, static_cast<size_t>(length), Unmap, mapping);
}

// mappingsLive(): number. Mappings not yet unmapped, for metrics and tests.
Napi::Value MappingsLive(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), static_cast<double>(mappings_live.load(std::memory_order_relaxed)));
}

// mappingsLiveMax: the limit above, exported so callers and tests need not repeat it.
double MappingsLiveMax() { return static_cast<double>(kMappingsLiveMax); }

}  // namespace sluice
