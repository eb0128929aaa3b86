// bin/statestore.ts as a process: key rotation end to end on an SQLite file.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import { createLogger, loadConfig } from '../../src/control';
import { createStateStore } from '../../src/storage';
import { newKey, sqlite } from './backends';

const run = promisify(execFile);
const CLI = join(__dirname, '..', '..', __dirname.includes('/dist/') ? '' : 'dist', 'bin', 'statestore.js');

t.test('rekey re-encrypts every row with the current key', async (t) => {
  const env = { ...(await sqlite.create(t)), SPAWN_STATESTORE_KEY: newKey() };
  const store = createStateStore(loadConfig(env).storage, createLogger('error'));
  await store.init();
  for (let i = 0; i < 3; i++) await store.save({ system: 's', name: `a${i}` }, { tags: {}, typeUrl: 't', data: Buffer.from(`v${i}`) }, 0);
  await store.close();

  const rotated = { ...env, SPAWN_STATESTORE_KEY: newKey(), SPAWN_STATESTORE_KEY_PREVIOUS: env.SPAWN_STATESTORE_KEY };
  const { stdout } = await run(process.execPath, [CLI, 'rekey'], { env: { ...process.env, ...rotated } });
  t.match(JSON.parse(stdout), { event: 'rekeyed', rows: 3, history: 3, skipped: 0 });

  const after = { ...env, SPAWN_STATESTORE_KEY: rotated.SPAWN_STATESTORE_KEY };
  const s2 = createStateStore(loadConfig(after).storage, createLogger('error'));
  await s2.init();
  t.equal(Buffer.from((await s2.load({ system: 's', name: 'a2' }))!.data).toString(), 'v2', 'readable with only the new key');
  await s2.close();

  const wrong = await run(process.execPath, [CLI, 'rekey'], { env: { ...process.env, ...env, SPAWN_STATESTORE_KEY: newKey() } }).catch(
    (e: { code: number; stderr: string }) => e,
  );
  t.equal((wrong as { code: number }).code, 1, 'rekey without the old key fails');
  t.match((wrong as { stderr: string }).stderr, /SPAWN_ERR_STATE_DECRYPT/);
  const usage = await run(process.execPath, [CLI]).catch((e: { code: number }) => e);
  t.equal((usage as { code: number }).code, 64);
});
