// Graceful shutdown: SIGTERM makes the proxy not ready, refuses new work with a clear
// error, lets the turn in flight finish, then exits 0.
import t from 'tap';
import { Status } from '../../src/hotpath/codec';
import { actor, eventually, get, invoke, register, startHost, startProxy } from '../support/harness';
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
