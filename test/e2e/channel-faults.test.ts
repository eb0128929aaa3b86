// Host channel faults: a host killed mid-invocation, a proxy restarted under connected
// hosts, and a slow host under back-pressure.
import t from 'tap';
import { SpawnSdkError, SpawnSystem } from '../../src/sdk';
import { freePort, actor, eventually, register, startHost, startProxy, startSdkHost } from '../support/harness';
import { jsonAny } from '../support/protocol';

const SYS = 'fault-sys';

t.test('a host killed mid-invocation', async (t) => {
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: '1' });
  const client = new SpawnSystem({ name: SYS, proxyUrl: proxy.url, transport: 'http' });
  const host = await startSdkHost(t, proxy.url);
  t.equal(await client.invoke('counter', 'add'), 1);
  const inFlight = client.invoke('counter', 'slow', { payload: { ms: 5000 } }).catch((e: unknown) => e);
  await new Promise((r) => setTimeout(r, 300));
  await host.stop('SIGKILL');
  const err = (await inFlight) as SpawnSdkError;
  t.equal(err.code, 'SPAWN_ERR_HOST_UNAVAILABLE');
  t.equal(err.retryable, true, 'retryable, from the catalogue');
  t.match(err.message, /closed while the call was in flight .*the actor's state is left as it was/);
  const meanwhile = (await client.invoke('counter', 'add').catch((e: unknown) => e)) as SpawnSdkError;
  t.match(meanwhile.message, /is closed .* must reconnect and register again/);
  await startSdkHost(t, proxy.url);
  t.same(await client.invoke('counter', 'get'), { n: 1 }, 'the interrupted call left no trace in the state');
  t.equal(await client.invoke('counter', 'add'), 2, 'a new host takes over after registering');
});

t.test('a proxy restarted while hosts are connected', async (t) => {
  const port = await freePort();
  const env = { USER_FUNCTION_PORT: '1', PROXY_HTTP_PORT: String(port) };
  const first = await startProxy(t, env);
  await startSdkHost(t, first.url);
  const client = new SpawnSystem({ name: SYS, proxyUrl: first.url, transport: 'http' });
  t.equal(await client.invoke('counter', 'add'), 1);
  t.equal(await first.stop(), 0);
  await startProxy(t, env);
  const after = await eventually(async () => client.invoke('counter', 'add').catch(() => undefined), 10_000, 100);
  t.ok(after, 'the host reconnected and registered again; invocations work');
});

t.test('a slow host under back-pressure', async (t) => {
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: '1' });
  let running = 0;
  let peak = 0;
  const host = new SpawnSystem({ name: SYS, proxyUrl: proxy.url, maxInFlight: 4 });
  host.define<{ n: number }>({
    name: 'worker',
    kind: 'unnamed',
    stateful: false,
    actions: {
      work: async () => {
        peak = Math.max(peak, ++running);
        await new Promise((r) => setTimeout(r, 10));
        running--;
        return { value: 'done' };
      },
    },
  });
  await host.start();
  t.teardown(() => host.stop());
  const client = new SpawnSystem({ name: SYS, proxyUrl: proxy.url, transport: 'http' });
  const results = await Promise.all(Array.from({ length: 200 }, (_, i) => client.invoke(`w${i % 50}`, 'work', { ref: 'worker' })));
  t.equal(results.filter((r) => r === 'done').length, 200, 'every call completes');
  t.ok(peak <= 4, `at most maxInFlight handlers ran at once (peak ${peak})`);
  t.ok(peak > 1, 'and more than one did');
});

t.test('one proxy serves a channel host and an HTTP host at once', async (t) => {
  const httpHost = await startHost(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(httpHost.port) });
  await startSdkHost(t, proxy.url); // registers 'counter' over the channel
  await register(proxy, SYS, [actor('legacy', { stateful: false, actions: ['echo'] })]); // over HTTP
  const client = new SpawnSystem({ name: SYS, proxyUrl: proxy.url, transport: 'http' });
  t.equal(await client.invoke('counter', 'add'), 1, 'channel-registered actor');
  t.same(await client.invoke('legacy', 'echo', { payload: jsonAny({ x: 1 }) }), { x: 1 }, 'HTTP-registered actor');
  t.equal((await httpHost.calls()).length, 1, 'only the HTTP actor reached the HTTP host');
});
