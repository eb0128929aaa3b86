#include "state_table.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace spawn_native {

namespace {
// Slots are dense indexes handed out by the JS allocator; this bounds a runaway index.
constexpr uint32_t kMaxSlot = 1u << 30;
}  // namespace

Napi::Function StateTable::Define(Napi::Env env) {
  return DefineClass(env, "StateTable",
                     {
                         InstanceMethod<&StateTable::Update>("update"),
                         InstanceMethod<&StateTable::Read>("read"),
                         InstanceMethod<&StateTable::Remove>("remove"),
                         InstanceMethod<&StateTable::Bytes>("bytes"),
                     });
}

StateTable::StateTable(const Napi::CallbackInfo& info) : Napi::ObjectWrap<StateTable>(info) {}

StateTable::~StateTable() {
  for (Entry& e : entries_) std::free(e.data);
}

bool StateTable::SlotArg(const Napi::CallbackInfo& info, uint32_t* slot) {
  if (info.Length() < 1 || !info[0].IsNumber()) {
    Napi::TypeError::New(info.Env(), "StateTable: slot must be a number").ThrowAsJavaScriptException();
    return false;
  }
  double d = info[0].As<Napi::Number>().DoubleValue();
  if (!(d >= 0) || d >= kMaxSlot || d != static_cast<double>(static_cast<uint32_t>(d))) {
    Napi::RangeError::New(info.Env(), "StateTable: slot out of range").ThrowAsJavaScriptException();
    return false;
  }
  *slot = static_cast<uint32_t>(d);
  return true;
}

bool StateTable::BytesArg(const Napi::CallbackInfo& info, uint8_t** data, size_t* length) {
  napi_typedarray_type type;
  void* base = nullptr;
  // napi_get_typedarray_info's data already points at the view's first byte (byte offset
  // applied); asking for it directly skips making an ArrayBuffer handle on every call.
  if (info.Length() < 2 || !info[1].IsTypedArray() ||
      napi_get_typedarray_info(info.Env(), info[1], &type, length, &base, nullptr, nullptr) != napi_ok ||
      type != napi_uint8_array) {
    Napi::TypeError::New(info.Env(), "StateTable: bytes must be a Uint8Array").ThrowAsJavaScriptException();
    return false;
  }
  *data = static_cast<uint8_t*>(base);
  if (*length > std::numeric_limits<uint32_t>::max()) {
    Napi::RangeError::New(info.Env(), "StateTable: state larger than 4 GiB").ThrowAsJavaScriptException();
    return false;
  }
  return true;
}

void StateTable::Free(Entry& entry) {
  std::free(entry.data);
  bytes_ -= entry.length;
  entry = Entry();
}

bool StateTable::Store(Napi::Env env, Entry& e, const uint8_t* data, size_t length) {
  if (e.length != length || e.data == nullptr) {
    // malloc(0) may return NULL; keep one byte so "present but empty" stays distinct.
    uint8_t* fresh = static_cast<uint8_t*>(std::malloc(length == 0 ? 1 : length));
    if (fresh == nullptr) {
      Napi::Error::New(env, "StateTable: out of memory").ThrowAsJavaScriptException();
      return false;
    }
    Free(e);
    e.data = fresh;
    e.length = static_cast<uint32_t>(length);
    bytes_ += length;
  }
  if (length) std::memcpy(e.data, data, length);
  return true;
}

bool StateTable::Same(const Entry& e, const uint8_t* data, size_t length) const {
  return e.data != nullptr && e.length == length && (length == 0 || std::memcmp(e.data, data, length) == 0);
}

Napi::Value StateTable::Update(const Napi::CallbackInfo& info) {
  uint32_t slot;
  uint8_t* data;
  size_t length;
  if (!SlotArg(info, &slot) || !BytesArg(info, &data, &length)) return Napi::Value();
  if (slot >= entries_.size()) entries_.resize(std::max<size_t>(slot + 1, entries_.size() * 2));
  Entry& e = entries_[slot];
  if (Same(e, data, length)) return Napi::Boolean::New(info.Env(), false);
  if (!Store(info.Env(), e, data, length)) return Napi::Value();
  return Napi::Boolean::New(info.Env(), true);
}

Napi::Value StateTable::Read(const Napi::CallbackInfo& info) {
  uint32_t slot;
  uint8_t* target;
  size_t capacity;
  if (!SlotArg(info, &slot) || !BytesArg(info, &target, &capacity)) return Napi::Value();
  if (slot >= entries_.size() || entries_[slot].data == nullptr) return Napi::Number::New(info.Env(), -1);
  const Entry& e = entries_[slot];
  size_t n = std::min<size_t>(e.length, capacity);
  if (n) std::memcpy(target, e.data, n);
  return Napi::Number::New(info.Env(), static_cast<double>(n));
}

Napi::Value StateTable::Remove(const Napi::CallbackInfo& info) {
  uint32_t slot;
  if (!SlotArg(info, &slot)) return Napi::Value();
  if (slot < entries_.size()) Free(entries_[slot]);
  return info.Env().Undefined();
}

Napi::Value StateTable::Bytes(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), static_cast<double>(bytes_));
}

}  // namespace spawn_native
