// spawn_native: the N-API addon. Only routines that beat their JavaScript twin in
// bench/micro/native.ts live here; src/hotpath/native.ts loads it and falls back to the twins
// when it cannot load or SPAWN_NATIVE=0.
#include <napi.h>

#include "state_table.h"

namespace {

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("StateTable", spawn_native::StateTable::Define(env));
  exports.Set("abi", Napi::Number::New(env, 2));
  return exports;
}

}  // namespace

NODE_API_MODULE(spawn_native, Init)
