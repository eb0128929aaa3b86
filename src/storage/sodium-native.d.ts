// The subset of sodium-native (which ships no types) that the state store uses.
declare module 'sodium-native' {
  const sodium: {
    crypto_aead_xchacha20poly1305_ietf_NPUBBYTES: number;
    crypto_aead_xchacha20poly1305_ietf_ABYTES: number;
    crypto_aead_xchacha20poly1305_ietf_KEYBYTES: number;
    randombytes_buf(buf: Uint8Array): void;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
      out: Uint8Array,
      message: Uint8Array,
      ad: Uint8Array | null,
      nsec: null,
      npub: Uint8Array,
      key: Uint8Array,
    ): number;
    crypto_aead_xchacha20poly1305_ietf_decrypt(
      out: Uint8Array,
      nsec: null,
      ciphertext: Uint8Array,
      ad: Uint8Array | null,
      npub: Uint8Array,
      key: Uint8Array,
    ): number;
  };
  export default sodium;
}
