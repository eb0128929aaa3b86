// Micro benchmark: sealing one actor state with libsodium XChaCha20-Poly1305 (our format)
// against node:crypto AES-256-GCM (12-byte random IV), for the state sizes actors have.
//   npm run build && node dist/bench/micro/cipher.js
import { createCipheriv, randomBytes } from 'node:crypto';
import os from 'node:os';
import { Keyring, keyFromBytes } from '../../src/storage/cipher';

const key = randomBytes(32);
const ring = new Keyring(keyFromBytes(key));
const actor = { system: 'bench-system', name: 'actor-000042' };

function aesGcm(plain: Buffer): Buffer {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(Buffer.from('bench-system\0actor-000042'));
  const body = Buffer.concat([c.update(plain), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), body]);
}

function opsPerSec(fn: () => void, ms = 400): number {
  for (let i = 0; i < 2000; i++) fn();
  let n = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(ms) * 1_000_000n;
  let now = start;
  while (now < end) {
    for (let i = 0; i < 500; i++) fn();
    n += 500;
    now = process.hrtime.bigint();
  }
  return (n * 1e9) / Number(now - start);
}

console.log(`node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), single thread, seal only`);
console.log('size_bytes\tsodium_xchacha_ops_s\tnode_aes_gcm_ops_s\taes/sodium');
for (const size of [64, 256, 1024, 4096, 16384, 65536]) {
  const plain = randomBytes(size);
  const s = opsPerSec(() => ring.seal(actor, plain));
  const a = opsPerSec(() => aesGcm(plain));
  console.log(`${size}\t${Math.round(s)}\t${Math.round(a)}\t${(a / s).toFixed(2)}`);
}
