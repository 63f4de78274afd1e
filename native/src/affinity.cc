// Pins the calling OS thread to CPUs. A worker_threads Worker runs on its own OS thread, so calling this from
// inside a worker pins only that worker; the main thread and libuv's pool are untouched.
#if defined(__linux__)
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <pthread.h>
#include <sched.h>
#include <unistd.h>
#endif

#include <cerrno>
#include <cmath>
#include <string>
#include <vector>

#include "sluice_native.h"

namespace sluice {

#if defined(__linux__)
// The kernel may report more CPUs than glibc's fixed CPU_SETSIZE (1024); size the set for whichever is larger
// so a large machine's high-numbered CPUs are not silently dropped.
static size_t CpuSetCountMax() {
  long configured = sysconf(_SC_NPROCESSORS_CONF);
  size_t count = configured > 0 ? static_cast<size_t>(configured) : 0;
  return count > CPU_SETSIZE ? count : CPU_SETSIZE;
}
#endif

// setThreadAffinity(cpus: number[]): boolean. true when the calling thread is now restricted to `cpus`;
// false where the OS has no per-thread affinity (macOS, Windows). Throws on bad arguments and when the kernel
// refuses (a CPU offline or outside the process's cpuset), with the errno text.
Napi::Value SetThreadAffinity(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsArray()) {
    throw Napi::TypeError::New(env, "setThreadAffinity(cpus): cpus must be an array of CPU numbers, e.g. [0]");
  }
  Napi::Array list = info[0].As<Napi::Array>();
  uint32_t length = list.Length();
  if (length == 0) {
    throw Napi::RangeError::New(env, "setThreadAffinity(cpus): cpus is empty; pass at least one CPU number");
  }
#if defined(__linux__)
  size_t count_max = CpuSetCountMax();
  std::vector<size_t> cpus;
  cpus.reserve(length);
  for (uint32_t i = 0; i < length; i++) {
    Napi::Value item = list.Get(i);
    if (!item.IsNumber()) {
      throw Napi::TypeError::New(env, "setThreadAffinity(cpus): cpus[" + std::to_string(i) + "] is not a number");
    }
    double value = item.As<Napi::Number>().DoubleValue();
    if (!(value >= 0) || std::floor(value) != value || value >= static_cast<double>(count_max)) {
      throw Napi::RangeError::New(env, "setThreadAffinity(cpus): cpus[" + std::to_string(i) +
                                           "] must be an integer in [0, " + std::to_string(count_max) + ")");
    }
    cpus.push_back(static_cast<size_t>(value));
  }
  cpu_set_t* set = CPU_ALLOC(count_max);
  if (set == nullptr) {
    throw Napi::Error::New(env, ErrnoMessage("setThreadAffinity: CPU_ALLOC", ENOMEM));
  }
  size_t set_bytes = CPU_ALLOC_SIZE(count_max);
  CPU_ZERO_S(set_bytes, set);
  for (size_t cpu : cpus) CPU_SET_S(cpu, set_bytes, set);
  int error = pthread_setaffinity_np(pthread_self(), set_bytes, set);
  CPU_FREE(set);
  if (error != 0) {
    throw Napi::Error::New(env, ErrnoMessage("setThreadAffinity: pthread_setaffinity_np", error) +
                                    "; every CPU must be online and allowed for this process (see getThreadAffinity())");
  }
  return Napi::Boolean::New(env, true);
#else
  return Napi::Boolean::New(env, false);
#endif
}

// getThreadAffinity(): number[]. The CPUs the calling thread may run on, ascending. Empty where the OS has no
// per-thread affinity; the TS layer then answers with every CPU.
Napi::Value GetThreadAffinity(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Napi::Array result = Napi::Array::New(env);
#if defined(__linux__)
  size_t count_max = CpuSetCountMax();
  cpu_set_t* set = CPU_ALLOC(count_max);
  if (set == nullptr) {
    throw Napi::Error::New(env, ErrnoMessage("getThreadAffinity: CPU_ALLOC", ENOMEM));
  }
  size_t set_bytes = CPU_ALLOC_SIZE(count_max);
  CPU_ZERO_S(set_bytes, set);
  int error = pthread_getaffinity_np(pthread_self(), set_bytes, set);
  if (error != 0) {
    CPU_FREE(set);
    throw Napi::Error::New(env, ErrnoMessage("getThreadAffinity: pthread_getaffinity_np", error));
  }
  uint32_t index = 0;
  for (size_t cpu = 0; cpu < count_max; cpu++) {
    if (CPU_ISSET_S(cpu, set_bytes, set)) result.Set(index++, Napi::Number::New(env, static_cast<double>(cpu)));
  }
  CPU_FREE(set);
#endif
  return result;
}

}  // namespace sluice
