import { randomBytes, createCipheriv } from 'node:crypto';
import t from 'tap';
import { SpawnError } from '../../src/errors';
import { Keyring, keyFromBytes, sealCloakGcm } from '../../src/storage/cipher';

const A = { system: 's', name: 'a' };
const B = { system: 's', name: 'b' };

t.test('seal and open; the header names the key', async (t) => {
  const k = keyFromBytes(randomBytes(32));
  const ring = new Keyring(k);
  const blob = ring.seal(A, Buffer.from('hello'));
  t.equal(blob[0], 0x02);
  t.equal(blob.subarray(1, 5).toString('hex'), k.id);
  t.equal(blob.length, 1 + 4 + 24 + 5 + 16);
  t.equal(ring.open(A, blob).toString(), 'hello');
  t.not(ring.seal(A, Buffer.from('hello')).toString('hex'), blob.toString('hex'), 'fresh nonce per seal');
  t.equal(ring.open(A, ring.seal(A, Buffer.alloc(0))).length, 0, 'empty state');
});

t.test('a blob moved to another actor or tampered with does not open', async (t) => {
  const ring = new Keyring(keyFromBytes(randomBytes(32)));
  const blob = ring.seal(A, Buffer.from('hello'));
  t.throws(() => ring.open(B, blob), /failed authentication/);
  const bad = Buffer.from(blob);
  bad[bad.length - 1]! ^= 1;
  t.throws(() => ring.open(A, bad), /failed authentication/);
});

t.test('unknown key and format fail with SPAWN_ERR_STATE_DECRYPT', async (t) => {
  const ring = new Keyring(keyFromBytes(randomBytes(32)));
  const other = new Keyring(keyFromBytes(randomBytes(32)));
  const err = t.throws(() => other.open(A, ring.seal(A, Buffer.from('x')))) as unknown as SpawnError;
  t.equal(err.code, 'SPAWN_ERR_STATE_DECRYPT');
  t.match(err.message, /SPAWN_STATESTORE_KEY_PREVIOUS/);
  t.throws(() => ring.open(A, Buffer.from([0x07, 1, 2, 3])), /unknown format byte 0x7/);
});

t.test('previous keys read, the current key writes', async (t) => {
  const oldK = keyFromBytes(randomBytes(32));
  const newK = keyFromBytes(randomBytes(32));
  const old = new Keyring(oldK).seal(A, Buffer.from('old'));
  const ring = new Keyring(newK, [oldK]);
  t.equal(ring.open(A, old).toString(), 'old');
  t.equal(ring.keyIdOf(ring.seal(A, Buffer.from('n'))), newK.id);
});

t.test("Spawn's Cloak layouts", async (t) => {
  const secret = randomBytes(32);
  const ring = new Keyring(keyFromBytes(secret));
  const iv = randomBytes(16);
  const gcm = sealCloakGcm(secret, Buffer.from('spawn state'), iv);
  // 0x01 | 0x0A | "AES.GCM.V1" | IV 16 | tag 16 | ciphertext
  t.equal(gcm[0], 0x01);
  t.equal(gcm[1], 10);
  t.equal(gcm.subarray(2, 12).toString(), 'AES.GCM.V1');
  t.same(gcm.subarray(12, 28), iv);
  t.equal(gcm.length, 12 + 16 + 16 + 11);
  t.equal(ring.open(A, gcm).toString(), 'spawn state');
  t.throws(() => new Keyring(keyFromBytes(randomBytes(32))).open(A, gcm), /does not decrypt with any configured key/);
  const c = createCipheriv('aes-256-ctr', secret, iv);
  const ctr = Buffer.concat([Buffer.from([1, 10]), Buffer.from('AES.CTR.V1'), iv, c.update('ctr state'), c.final()]);
  t.equal(ring.open(A, ctr).toString(), 'ctr state');
});
