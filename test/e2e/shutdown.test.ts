// Graceful shutdown: SIGTERM makes the proxy not ready, refuses new work with a clear
// error, lets the turn in flight finish, then exits 0.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { Client, Pool } from 'undici';
import { Status, protocol } from '../../src/hotpath/codec';
import { postgres } from '../storage/backends';
import { freePort, DIST, actor, eventually, get, invocationRequest, invoke, register, startHost, startProxy } from '../support/harness';
import { fromJsonAny, jsonAny } from '../support/protocol';

const SYS = 'shutdown-sys';

t.test('health and metrics while running', async (t) => {
  const host = await startHost(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(host.port) });
  for (const path of ['/health', '/health/liveness', '/health/readiness']) {
    const r = await get(`${proxy.url}${path}`);
    t.equal(r.status, 200, path);
    t.same(JSON.parse(r.body.toString()), { status: 'up' });
  }
  await register(proxy, SYS, [actor('a', { stateful: false })]);
  await invoke(proxy, { system: SYS, actor: 'a', action: 'add' });
  await invoke(proxy, { system: SYS, actor: 'a', action: 'nope' });
  const metrics = (await get(`${proxy.url}/metrics`)).body.toString();
  t.match(metrics, /spawn_invocations_total\{result="ok"\} 1\n/);
  t.match(metrics, /spawn_invocations_total\{result="error"\} 1\n/);
  t.match(metrics, /spawn_active_actors 1\n/);
});

t.test('SIGTERM drains', async (t) => {
  const host = await startHost(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(host.port) });
  await register(proxy, SYS, [actor('slowpoke', { stateful: false, actions: ['slow'] })]);
  // Two keep-alive connections opened before SIGTERM: draining answers on open connections.
  const keepAlive = [new Client(proxy.url), new Client(proxy.url)];
  t.teardown(() => Promise.all(keepAlive.map((c) => c.destroy())));
  for (const c of keepAlive) await (await c.request({ method: 'GET', path: '/health' })).body.dump();
  const inFlight = invoke(proxy, { system: SYS, actor: 'slowpoke', action: 'slow', value: jsonAny({ ms: 1500 }) });
  await eventually(async () => ((await host.calls()).some((c) => c.action === 'slow') ? true : undefined));
  const exited = proxy.stop('SIGTERM');

  const [probe, caller] = keepAlive as [Client, Client];
  const readiness = await eventually(async () => {
    const r = await probe.request({ method: 'GET', path: '/health/readiness' });
    const body = await r.body.text();
    return r.statusCode === 503 ? { headers: r.headers, body } : undefined;
  });
  t.same(JSON.parse(readiness.body), { status: 'down', reason: 'draining' }, 'not ready while draining');
  t.equal(readiness.headers.connection, 'close', 'replies while draining close their connection');
  const body = Buffer.from(protocol.InvocationRequest.encode(invocationRequest({ system: SYS, actor: 'slowpoke', action: 'slow' })).finish());
  const refused = await caller.request({
    method: 'POST',
    path: `/api/v1/system/${SYS}/actors/slowpoke/invoke`,
    body,
    headers: { 'content-type': 'application/octet-stream' },
  });
  t.equal(refused.statusCode, 503);
  t.equal(refused.headers.connection, 'close');
  t.match(
    protocol.InvocationResponse.decode(Buffer.from(await refused.body.arrayBuffer())).status?.message,
    /SPAWN_ERR_DRAINING: the proxy is shutting down and cannot invoke actors/,
  );
  const fresh = await get(`${proxy.url}/health`).catch((e: NodeJS.ErrnoException) => e);
  t.match(fresh, { code: 'ECONNREFUSED' }, 'a new connection is refused: the client knows nothing was sent');

  const done = await inFlight;
  t.equal(done.response.status?.status, Status.OK, 'the call in flight completes');
  t.same(fromJsonAny(done.response.value), { count: 1 });
  t.equal(await exited, 0, 'the proxy exits 0');
});

t.test('a second proxy on a port in use exits with a clear error instead of sharing it', async (t) => {
  const host = await startHost(t);
  // An explicit port: the kernel only lets a second SO_REUSEPORT socket join a port that was
  // bound by number, not one handed out for port 0.
  const port = await freePort();
  const first = await startProxy(t, { USER_FUNCTION_PORT: String(host.port), PROXY_HTTP_PORT: String(port) });
  t.equal(first.port, port);
  const second = spawn(process.execPath, [join(DIST, 'bin', 'proxy.js')], {
    env: { ...process.env, PROXY_HTTP_PORT: String(first.port), PROXY_DATABASE_TYPE: 'memory', USER_FUNCTION_PORT: String(host.port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.teardown(() => second.kill('SIGKILL'));
  let stderr = '';
  second.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null | 'running'>((resolve) => {
    const timer = setTimeout(() => resolve('running'), 15_000);
    second.once('exit', (c) => (clearTimeout(timer), resolve(c)));
  });
  t.not(code, 'running', 'the second proxy does not keep running beside the first');
  t.not(code, 0, 'the second proxy exits with an error');
  t.match(stderr, /SPAWN_ERR_CONFIG/);
  t.match(stderr, new RegExp(`cannot listen on [^ ]*:${first.port}`));
  const health = await get(`${first.url}/health`);
  t.equal(health.status, 200, 'the first proxy still serves');
});

/** One keep-alive client's outcomes; anything but an answer or a refused connection is a failure. */
interface ClientTally {
  ok: number;
  draining: number;
  refused: number;
  broken: string[];
}

t.test('SIGTERM under keep-alive load: every request answered or refused, exit in time, nothing lost', async (t) => {
  const dir = mkdtempSync(join(os.tmpdir(), 'spawn-drain-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const db = { PROXY_DATABASE_TYPE: 'sqlite', PROXY_DATA_DIR: dir };
  const host = await startHost(t);
  const env = { ...db, USER_FUNCTION_PORT: String(host.port), PROXY_SHUTDOWN_TIMEOUT_MS: '10000', SPAWN_PROXY_LOGGER_LEVEL: 'info' };
  const proxy = await startProxy(t, env);
  const CLIENTS = 50;
  const names = Array.from({ length: CLIENTS }, (_, i) => `ka-${i}`);
  // Snapshots only by the drain: a lost flush shows as a lost update.
  const actors = names.map((n) => actor(n, { snapshotMs: 600_000 }));
  await register(proxy, SYS, actors);
  const pool = new Pool(proxy.url, { connections: CLIENTS, pipelining: 1 });
  t.teardown(() => pool.destroy());
  const acked = new Map<string, number>(names.map((n) => [n, 0]));
  const tally: ClientTally = { ok: 0, draining: 0, refused: 0, broken: [] };
  let stop = false;
  const client = async (name: string): Promise<void> => {
    const body = Buffer.from(protocol.InvocationRequest.encode(invocationRequest({ system: SYS, actor: name, action: 'add' })).finish());
    while (!stop) {
      try {
        const res = await pool.request({
          method: 'POST',
          path: `/api/v1/system/${SYS}/actors/${name}/invoke`,
          body,
          headers: { 'content-type': 'application/octet-stream' },
        });
        const decoded = protocol.InvocationResponse.decode(Buffer.from(await res.body.arrayBuffer()));
        if (decoded.status?.status === Status.OK) {
          tally.ok++;
          acked.set(name, acked.get(name)! + 1);
        } else if (res.statusCode === 503 && /SPAWN_ERR_DRAINING/.test(decoded.status?.message ?? '')) tally.draining++;
        else tally.broken.push(`HTTP ${res.statusCode} ${decoded.status?.message}`);
      } catch (err) {
        const { code = '', syscall = '' } = err as { code?: string; syscall?: string };
        // Refused (or reset while connecting, by the listener closing with the connection in its
        // backlog): the request never left the client, which knows it can resend it elsewhere.
        if (code === 'ECONNREFUSED' || syscall === 'connect') {
          tally.refused++;
          await new Promise((r) => setTimeout(r, 20));
        } else tally.broken.push(`${code} ${(err as Error).message}`);
      }
    }
  };
  const load = names.map((n) => client(n));
  await eventually(async () => (tally.ok > 500 ? true : undefined), 20_000);
  const sigterm = Date.now();
  const code = await proxy.stop('SIGTERM');
  const tookMs = Date.now() - sigterm;
  await new Promise((r) => setTimeout(r, 200));
  stop = true;
  await Promise.all(load);
  t.comment(
    `ok ${tally.ok}, draining ${tally.draining}, refused ${tally.refused}, broken ${tally.broken.length} ${JSON.stringify(tally.broken.slice(0, 3))}; exit after ${tookMs} ms`,
  );
  t.equal(code, 0, 'the proxy exits 0');
  t.ok(tookMs < 10_000, 'within PROXY_SHUTDOWN_TIMEOUT_MS');
  t.same(tally.broken.slice(0, 5), [], 'no request got a reset or a broken answer');
  const after = await startProxy(t, env);
  await register(after, SYS, actors);
  let lost = 0;
  for (const n of names) {
    const r = await invoke(after, { system: SYS, actor: n, action: 'add', value: jsonAny({ by: 0 }) });
    const count = fromJsonAny<{ count?: number }>(r.response.value)?.count ?? 0;
    if (count !== acked.get(n)) lost += acked.get(n)! - count;
  }
  t.equal(lost, 0, 'acknowledged updates lost');
  await after.stop();
});

t.test('SIGTERM during warm-up on PostgreSQL: exits within the timeout, updates kept', async (t) => {
  const db = { ...(await postgres('js').create(t)), SPAWN_STATESTORE_KEY: Buffer.alloc(32, 3).toString('base64') };
  const host = await startHost(t);
  const env = { ...db, USER_FUNCTION_PORT: String(host.port), PROXY_SHUTDOWN_TIMEOUT_MS: '8000', SPAWN_PROXY_LOGGER_LEVEL: 'info' };
  // Many stateful actors with an init action: warm-up loads each and calls the host.
  const actors = [
    ...Array.from({ length: 300 }, (_, i) => actor(`w${i}`, { snapshotMs: 600_000, actions: ['add', 'init'] })),
    actor('kept', { snapshotMs: 600_000 }),
  ];
  let expected = 0;
  for (let round = 0; round < 3; round++) {
    const proxy = await startProxy(t, env);
    await register(proxy, SYS, actors);
    for (let i = 0; i < 3; i++) {
      const r = await invoke(proxy, { system: SYS, actor: 'kept', action: 'add' });
      t.equal(r.response.status?.status, Status.OK);
      expected++;
    }
    await new Promise((r) => setTimeout(r, 50 * round));
    const sigterm = Date.now();
    const code = await Promise.race([proxy.stop('SIGTERM'), new Promise<'hung'>((r) => setTimeout(() => r('hung'), 12_000))]);
    if (code !== 0) t.comment(proxy.logs().split('\n').slice(-20).join('\n'));
    t.equal(code, 0, `round ${round}: exits 0 (after ${Date.now() - sigterm} ms)`);
    if (code === 'hung') await proxy.stop('SIGKILL');
  }
  const check = await startProxy(t, env);
  await register(check, SYS, actors);
  const r = await invoke(check, { system: SYS, actor: 'kept', action: 'add', value: jsonAny({ by: 0 }) });
  t.equal(fromJsonAny<{ count: number }>(r.response.value)?.count, expected, 'every update made before SIGTERM is stored');
  await check.stop();
});

t.test('a drain that overruns PROXY_SHUTDOWN_TIMEOUT_MS exits and says what it waited on', async (t) => {
  const host = await startHost(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(host.port), PROXY_SHUTDOWN_TIMEOUT_MS: '1000' });
  await register(proxy, SYS, [actor('stuck', { stateful: false, actions: ['hang'] })]);
  const hung = invoke(proxy, { system: SYS, actor: 'stuck', action: 'hang' }).catch((e: Error) => e);
  await eventually(async () => ((await host.calls()).some((c) => c.action === 'hang') ? true : undefined));
  const code = await Promise.race([proxy.stop('SIGTERM'), new Promise<'hung'>((r) => setTimeout(() => r('hung'), 8000))]);
  t.equal(code, 1, 'exits 1 at the deadline instead of hanging');
  const line = proxy
    .logs()
    .split('\n')
    .find((l) => l.includes('shutdown timed out'));
  t.match(line, /1 actors still running a turn: shutdown-sys\/stuck/, 'the log line says what it waited on');
  await hung;
});
