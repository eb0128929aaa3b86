{
  "targets": [
    {
      "target_name": "spawn_native",
      "sources": ["native/addon.cc", "native/state_table.cc"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS", "NODE_ADDON_API_DISABLE_DEPRECATED"],
      "cflags_cc!": ["-std=gnu++17"],
      "cflags_cc": ["-O3", "-std=c++17", "-Wall", "-Wextra"],
      "xcode_settings": { "OTHER_CPLUSPLUSFLAGS": ["-O3", "-std=c++17"], "MACOSX_DEPLOYMENT_TARGET": "11.0" },
      "msvs_settings": { "VCCLCompilerTool": { "Optimization": 2 } }
    }
  ]
}
