// Encryption at rest. Every state blob a database sees is sealed here first.
//
// Our layout (format byte 0x02), XChaCha20-Poly1305 (libsodium):
//   0x02 | key id (4) | nonce (24) | ciphertext | tag (16)
// The AAD is the 29-byte header plus "system\0actor", so a blob copied onto another
// actor's row does not decrypt. The key id is the first 4 bytes of
// SHA-256("spawn-proxy statestore key id\0" || key): it names the key without revealing it.
//
// Spawn's Cloak layout (format byte 0x01, spec §5.4) is read-only, for imports:
//   0x01 | len(tag) | "AES.GCM.V1" | IV (16) | GCM tag (16) | ciphertext,  AAD "AES256GCM"
//   0x01 | len(tag) | "AES.CTR.V1" | IV (16) | ciphertext                  (no AAD, no tag)
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import sodium from 'sodium-native';
import { SpawnError } from '../errors';
import type { ActorKey } from './state-store';

export const FORMAT_XCHACHA = 0x02;
const FORMAT_CLOAK = 0x01;
const KEY_ID_BYTES = 4;
const NONCE_BYTES = sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES; // 24
const TAG_BYTES = sodium.crypto_aead_xchacha20poly1305_ietf_ABYTES; // 16
const HEADER_BYTES = 1 + KEY_ID_BYTES + NONCE_BYTES;
const CLOAK_GCM_AAD = Buffer.from('AES256GCM');

export interface StoreKey {
  /** 8 hex characters, as logged and stored in the blob header. */
  readonly id: string;
  readonly idBytes: Buffer;
  readonly secret: Buffer;
}

export function keyFromBytes(secret: Buffer): StoreKey {
  if (secret.length !== 32) throw new Error(`a state store key must be 32 bytes (got ${secret.length})`);
  const idBytes = createHash('sha256').update('spawn-proxy statestore key id\0').update(secret).digest().subarray(0, KEY_ID_BYTES);
  return { id: idBytes.toString('hex'), idBytes: Buffer.from(idBytes), secret: Buffer.from(secret) };
}

/** The current key (all writes) plus earlier keys that are only used to read. */
export class Keyring {
  readonly current: StoreKey;
  readonly previous: readonly StoreKey[];
  readonly #byId = new Map<string, StoreKey>();

  constructor(current: StoreKey, previous: readonly StoreKey[] = []) {
    this.current = current;
    this.previous = previous.filter((k) => k.id !== current.id);
    for (const k of [current, ...this.previous]) this.#byId.set(k.id, k);
  }

  get all(): StoreKey[] {
    return [this.current, ...this.previous];
  }

  describe(): string {
    return `current key id ${this.current.id}${this.previous.length ? `, read-only key ids ${this.previous.map((k) => k.id).join(', ')}` : ''}`;
  }

  /** Seals a state blob for one actor's row with the current key. */
  seal(key: ActorKey, plaintext: Uint8Array): Buffer {
    const out = Buffer.allocUnsafe(HEADER_BYTES + plaintext.length + TAG_BYTES);
    out[0] = FORMAT_XCHACHA;
    this.current.idBytes.copy(out, 1);
    const nonce = out.subarray(1 + KEY_ID_BYTES, HEADER_BYTES);
    sodium.randombytes_buf(nonce);
    sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      out.subarray(HEADER_BYTES),
      plaintext,
      aad(out.subarray(0, HEADER_BYTES), key),
      null,
      nonce,
      this.current.secret,
    );
    return out;
  }

  /** The id of the key that sealed a blob, or 'cloak' for Spawn's layout. */
  keyIdOf(blob: Uint8Array): string | undefined {
    if (blob[0] === FORMAT_XCHACHA && blob.length >= HEADER_BYTES + TAG_BYTES) {
      return Buffer.from(blob.buffer, blob.byteOffset + 1, KEY_ID_BYTES).toString('hex');
    }
    if (blob[0] === FORMAT_CLOAK) return 'cloak';
    return undefined;
  }

  /** Opens a blob; throws SPAWN_ERR_STATE_DECRYPT naming the actor and the key when it cannot. */
  open(key: ActorKey, blob: Uint8Array): Buffer {
    const b = Buffer.isBuffer(blob) ? blob : Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
    if (b.length === 0) return Buffer.alloc(0);
    const who = `actor '${key.name}' in system '${key.system}'`;
    if (b[0] === FORMAT_XCHACHA) {
      if (b.length < HEADER_BYTES + TAG_BYTES) throw decryptError(`${who}: stored state is truncated (${b.length} bytes)`);
      const id = b.subarray(1, 1 + KEY_ID_BYTES).toString('hex');
      const k = this.#byId.get(id);
      if (!k) {
        throw decryptError(
          `${who}: stored state was encrypted with key id ${id}, which is not configured (${this.describe()}); ` +
            'set SPAWN_STATESTORE_KEY or add the old key to SPAWN_STATESTORE_KEY_PREVIOUS',
        );
      }
      const out = Buffer.allocUnsafe(b.length - HEADER_BYTES - TAG_BYTES);
      try {
        sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
          out,
          null,
          b.subarray(HEADER_BYTES),
          aad(b.subarray(0, HEADER_BYTES), key),
          b.subarray(1 + KEY_ID_BYTES, HEADER_BYTES),
          k.secret,
        );
      } catch (err) {
        throw decryptError(`${who}: stored state failed authentication with key id ${id} (tampered, or moved from another row)`, err);
      }
      return out;
    }
    if (b[0] === FORMAT_CLOAK) return this.#openCloak(who, b);
    throw decryptError(`${who}: stored state has unknown format byte 0x${(b[0] ?? 0).toString(16)} (expected 0x02, or 0x01 for Spawn/Cloak)`);
  }

  #openCloak(who: string, b: Buffer): Buffer {
    const tagLen = b[1] ?? 0;
    const tag = b.subarray(2, 2 + tagLen).toString('latin1');
    const rest = b.subarray(2 + tagLen);
    if (tag === 'AES.GCM.V1') {
      if (rest.length < 32) throw decryptError(`${who}: Cloak AES.GCM.V1 blob is truncated`);
      const iv = rest.subarray(0, 16);
      const gcmTag = rest.subarray(16, 32);
      const body = rest.subarray(32);
      for (const k of this.all) {
        try {
          const d = createDecipheriv('aes-256-gcm', k.secret, iv);
          d.setAAD(CLOAK_GCM_AAD);
          d.setAuthTag(gcmTag);
          return Buffer.concat([d.update(body), d.final()]);
        } catch {
          // next key
        }
      }
      throw decryptError(`${who}: Cloak AES.GCM.V1 state does not decrypt with any configured key (${this.describe()})`);
    }
    if (tag === 'AES.CTR.V1') {
      // No authentication in this layout: the current key is the only sensible guess.
      if (rest.length < 16) throw decryptError(`${who}: Cloak AES.CTR.V1 blob is truncated`);
      const d = createDecipheriv('aes-256-ctr', this.current.secret, rest.subarray(0, 16));
      return Buffer.concat([d.update(rest.subarray(16)), d.final()]);
    }
    throw decryptError(`${who}: Cloak cipher tag '${tag}' is not supported (AES.GCM.V1, AES.CTR.V1 are)`);
  }
}

/** Spawn/Cloak AES.GCM.V1 sealing; used by tests and import tools to produce Spawn-made rows. */
export function sealCloakGcm(secret: Buffer, plaintext: Uint8Array, iv: Buffer): Buffer {
  const c = createCipheriv('aes-256-gcm', secret, iv);
  c.setAAD(CLOAK_GCM_AAD);
  const body = Buffer.concat([c.update(plaintext), c.final()]);
  const tag = Buffer.from('AES.GCM.V1');
  return Buffer.concat([Buffer.from([FORMAT_CLOAK, tag.length]), tag, iv, c.getAuthTag(), body]);
}

function aad(header: Buffer, key: ActorKey): Buffer {
  const s = Buffer.byteLength(key.system);
  const out = Buffer.allocUnsafe(header.length + s + 1 + Buffer.byteLength(key.name));
  header.copy(out, 0);
  out.write(key.system, header.length);
  out[header.length + s] = 0;
  out.write(key.name, header.length + s + 1);
  return out;
}

function decryptError(message: string, cause?: unknown): SpawnError {
  return new SpawnError('SPAWN_ERR_STATE_DECRYPT', `cannot decrypt state of ${message}`, cause === undefined ? undefined : { cause });
}
