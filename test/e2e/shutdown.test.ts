// Graceful shutdown: SIGTERM makes the proxy not ready, refuses new work with a clear
// error, lets the turn in flight finish, then exits 0.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import t from 'tap';
import { Status } from '../../src/hotpath/codec';
import { DIST, actor, eventually, get, invoke, register, startHost, startProxy } from '../support/harness';
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
  const inFlight = invoke(proxy, { system: SYS, actor: 'slowpoke', action: 'slow', value: jsonAny({ ms: 1500 }) });
  await eventually(async () => ((await host.calls()).some((c) => c.action === 'slow') ? true : undefined));
  proxy.proc.kill('SIGTERM');

  const readiness = await eventually(async () => {
    const r = await get(`${proxy.url}/health/readiness`);
    return r.status === 503 ? r : undefined;
  });
  t.same(JSON.parse(readiness.body.toString()), { status: 'down', reason: 'draining' }, 'not ready while draining');
  const refused = await invoke(proxy, { system: SYS, actor: 'slowpoke', action: 'slow' });
  t.equal(refused.status, 503);
  t.match(refused.response.status?.message, /SPAWN_ERR_DRAINING: the proxy is shutting down and cannot invoke actors/);

  const done = await inFlight;
  t.equal(done.response.status?.status, Status.OK, 'the call in flight completes');
  t.same(fromJsonAny(done.response.value), { count: 1 });
  t.equal(await proxy.stop(), 0, 'the proxy exits 0');
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
  second.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}
