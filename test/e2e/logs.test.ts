// Logs: every line the proxy writes on stderr is one JSON object; error lines carry the
// error code, system, actor, action and trace id; no key material and no state bytes are
// written, even at debug level.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { actor, eventually, invoke, register, startHost, startProxy } from '../support/harness';
import { jsonAny } from '../support/protocol';

const SYS = 'log-sys';

/** `text`'s base64 at each of the three alignments it can take inside a longer base64 string (its middle part). */
function base64Forms(bytes: Buffer): string[] {
  return [0, 1, 2].map((pad) => {
    const b64 = Buffer.concat([Buffer.alloc(pad), bytes]).toString('base64');
    // Drop the characters that depend on the neighbouring bytes.
    return b64.slice(Math.ceil((pad * 4) / 3) + 1, -4);
  });
}

t.test('logs are JSON lines without key material or state bytes', async (t) => {
  const dir = mkdtempSync(join(os.tmpdir(), 'spawn-logs-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const key = randomBytes(32);
  const marker = `state-marker-${randomBytes(6).toString('hex')}`;
  const host = await startHost(t);
  const proxy = await startProxy(t, {
    USER_FUNCTION_PORT: String(host.port),
    PROXY_DATABASE_TYPE: 'sqlite',
    PROXY_DATA_DIR: dir,
    SPAWN_STATESTORE_KEY: key.toString('base64'),
    SPAWN_PROXY_LOGGER_LEVEL: 'debug',
  });
  await register(proxy, SYS, [actor('a', { actions: ['workflow', 'throw', 'checkpoint'], snapshotMs: 50, deactivateMs: 300 })]);
  // The state holds the marker; it is written (checkpoint, snapshot) and read back after a deactivation.
  t.equal((await invoke(proxy, { system: SYS, actor: 'a', action: 'workflow', value: jsonAny({ note: marker }) })).status, 200);
  t.equal((await invoke(proxy, { system: SYS, actor: 'a', action: 'checkpoint' })).status, 200);
  await eventually(async () => (/actor deactivated/.test(proxy.logs()) ? true : undefined), 5000);
  const read = await invoke(proxy, { system: SYS, actor: 'a', action: 'get' });
  t.equal(read.status, 200, 'reactivated from the store');
  // An async call that fails: its error line.
  const traceId = randomBytes(16).toString('hex');
  await invoke(proxy, {
    system: SYS,
    actor: 'a',
    action: 'throw',
    async: true,
    metadata: { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
  });
  await eventually(async () => (/async invocation failed/.test(proxy.logs()) ? true : undefined), 5000);
  t.equal(await proxy.stop(), 0);

  const text = proxy.logs();
  const lines = text.split('\n').filter((l) => l !== '');
  t.ok(lines.length > 5, `the proxy logged (${lines.length} lines)`);
  const parsed = lines.map((l, i) => {
    try {
      return JSON.parse(l) as Record<string, unknown>;
    } catch {
      t.fail(`line ${i + 1} is not JSON: ${l}`);
      return {};
    }
  });
  t.ok(
    parsed.every((p) => typeof p.level === 'string' && typeof p.time === 'string' && typeof p.msg === 'string'),
    'every line has level, time and msg',
  );
  t.ok(
    parsed.some((p) => p.level === 'debug'),
    'debug lines are there (the check below saw the most the proxy logs)',
  );
  const failed = parsed.find((p) => p.msg === 'async invocation failed');
  t.match(failed, { level: 'error', code: 'SPAWN_ERR_HOST_BAD_RESPONSE', system: SYS, actor: 'a', action: 'throw', trace_id: traceId });

  const forbidden: Array<[string, string]> = [
    ['the key (base64)', key.toString('base64')],
    ['the key (base64url)', key.toString('base64url')],
    ['the key (hex)', key.toString('hex')],
    ['the state marker', marker],
    ['the state marker (hex)', Buffer.from(marker).toString('hex')],
    ...base64Forms(Buffer.from(marker)).map((f): [string, string] => ['the state marker (base64)', f]),
    ...base64Forms(key.subarray(0, 24)).map((f): [string, string] => ['key bytes (base64, any alignment)', f]),
  ];
  for (const [what, needle] of forbidden) t.notOk(text.includes(needle), `no ${what} in the logs`);
});
