// Declarations shared by the addon's files; each .cc holds one mechanism.
#pragma once

#include <napi.h>

#include <string>

namespace sluice {

// "open(/x): No such file or directory (ENOENT)": the operation, the OS's text and the code, so a log line
// alone tells what failed and why.
std::string ErrnoMessage(const std::string& what, int error);
// "ENOENT" for ENOENT; nullptr for codes without a name here.
const char* ErrnoName(int error);

Napi::Value SetThreadAffinity(const Napi::CallbackInfo& info);
Napi::Value GetThreadAffinity(const Napi::CallbackInfo& info);
Napi::Value NumaTopology(const Napi::CallbackInfo& info);
Napi::Value MmapReadOnly(const Napi::CallbackInfo& info);
Napi::Value MappingsLive(const Napi::CallbackInfo& info);
double MappingsLiveMax();

}  // namespace sluice
