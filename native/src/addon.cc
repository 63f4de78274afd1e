// Module registration and the shared error text.
#include <cerrno>
#include <cstring>

#include "sluice_native.h"

namespace sluice {

const char* ErrnoName(int error) {
  switch (error) {
    case ENOENT: return "ENOENT";
    case EACCES: return "EACCES";
    case EPERM: return "EPERM";
    case EINVAL: return "EINVAL";
    case ENOMEM: return "ENOMEM";
    case EISDIR: return "EISDIR";
    case EBADF: return "EBADF";
    case ENODEV: return "ENODEV";
    case EMFILE: return "EMFILE";
    case ENFILE: return "ENFILE";
    case EOVERFLOW: return "EOVERFLOW";
    case ESRCH: return "ESRCH";
    case EFAULT: return "EFAULT";
    case EIO: return "EIO";
    default: return nullptr;
  }
}

std::string ErrnoMessage(const std::string& what, int error) {
  std::string message = what + ": " + std::strerror(error);
  const char* name = ErrnoName(error);
  if (name != nullptr) {
    message += std::string(" (") + name + ")";
  } else {
    message += " (errno " + std::to_string(error) + ")";
  }
  return message;
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("setThreadAffinity", Napi::Function::New(env, SetThreadAffinity, "setThreadAffinity"));
  exports.Set("getThreadAffinity", Napi::Function::New(env, GetThreadAffinity, "getThreadAffinity"));
  exports.Set("numaTopology", Napi::Function::New(env, NumaTopology, "numaTopology"));
  exports.Set("mmapReadOnly", Napi::Function::New(env, MmapReadOnly, "mmapReadOnly"));
  exports.Set("mappingsLive", Napi::Function::New(env, MappingsLive, "mappingsLive"));
  exports.Set("mappingsLiveMax", Napi::Number::New(env, MappingsLiveMax()));
#if defined(__linux__)
  exports.Set("affinitySupported", Napi::Boolean::New(env, true));
#else
  exports.Set("affinitySupported", Napi::Boolean::New(env, false));
#endif
  return exports;
}

}  // namespace sluice

// The macro pastes its argument into an identifier, so it needs an unqualified name.
static Napi::Object InitSluiceNative(Napi::Env env, Napi::Object exports) { return sluice::Init(env, exports); }

// Context-aware through N-API, so the addon loads in worker_threads as well as on the main thread.
NODE_API_MODULE(sluice_native, InitSluiceNative)
