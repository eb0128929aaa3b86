// Off-heap table of actor states: slot -> bytes, held in malloc'd memory outside the V8 heap,
// so a million activated actors' states are neither traced nor moved by the garbage collector.
// Slots are allocated by the JavaScript side (src/hotpath/runtime/state-table.ts); this class
// only stores, copies out and compares.
#pragma once

#include <napi.h>

#include <cstdint>
#include <vector>

namespace spawn_native {

class StateTable : public Napi::ObjectWrap<StateTable> {
 public:
  static Napi::Function Define(Napi::Env env);
  explicit StateTable(const Napi::CallbackInfo& info);
  ~StateTable() override;

 private:
  struct Entry {
    uint8_t* data = nullptr;
    uint32_t length = 0;
  };

  // update(slot, bytes): stores a copy of bytes under slot, unless the slot already holds
  // exactly these bytes; true when it changed.
  Napi::Value Update(const Napi::CallbackInfo& info);
  // read(slot, target): copies the slot's bytes into target (a Uint8Array the caller sized,
  // JS allocation being far cheaper than a Buffer made here); returns the bytes copied, or
  // -1 for an empty slot.
  Napi::Value Read(const Napi::CallbackInfo& info);
  // remove(slot): frees the slot's bytes.
  Napi::Value Remove(const Napi::CallbackInfo& info);
  // bytes(): total bytes held.
  Napi::Value Bytes(const Napi::CallbackInfo& info);

  // Reads argument 0 as a slot; throws a TypeError (and returns false) when it is not one.
  bool SlotArg(const Napi::CallbackInfo& info, uint32_t* slot);
  // Reads argument 1 as a Uint8Array (a Buffer is one); throws a TypeError when it is not.
  bool BytesArg(const Napi::CallbackInfo& info, uint8_t** data, size_t* length);
  // Stores a copy of data in entry (reallocating when the length differs); false when out of memory.
  bool Store(Napi::Env env, Entry& entry, const uint8_t* data, size_t length);
  bool Same(const Entry& entry, const uint8_t* data, size_t length) const;
  void Free(Entry& entry);

  std::vector<Entry> entries_;
  size_t bytes_ = 0;
};

}  // namespace spawn_native
