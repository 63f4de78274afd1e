# The optional native addon: CPU/NUMA affinity and read-only mmap. Built by scripts/build-native.mjs at
# install; when it does not build, host/native/ serves the same API through the portable path.
{
  "targets": [
    {
      "target_name": "sluice_native",
      "sources": [
        "src/addon.cc",
        "src/affinity.cc",
        "src/numa.cc",
        "src/mmap.cc"
      ],
      "dependencies": [
        "<!(node -p \"require('node-addon-api').targets\"):node_addon_api_except"
      ],
      "defines": [
        # N-API 8 is in every Node >= 16.14, so one binary serves every Node the package supports.
        "NAPI_VERSION=8"
      ],
      "cflags_cc": ["-std=c++17", "-O2", "-Wall", "-Wextra"],
      "xcode_settings": {
        "CLANG_CXX_LANGUAGE_STANDARD": "c++17",
        "GCC_ENABLE_CPP_EXCEPTIONS": "YES"
      }
    }
  ]
}
