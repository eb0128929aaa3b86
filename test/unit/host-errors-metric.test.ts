// Failed calls to the actor host are counted by error code in spawn_host_errors_total, for
// both host transports; successful calls are not.
import { createServer } from 'node:net';
import t from 'tap';
import { ProxyMetrics } from '../../src/control';
import { ChannelHostClient, HttpHostClient, type ChannelSocket } from '../../src/hotpath/host';

const invocation = { actor: { name: 'a', system: 's' }, actionName: 'go' };

t.test('host channel: timeouts, error frames, replies without context and closed channels are counted', async (t) => {
  const metrics = new ProxyMetrics();
  const sent: Uint8Array[] = [];
  const socket: ChannelSocket = { send: (b) => (sent.push(b), 1), bufferedAmount: () => 0, end: () => undefined, cork: (fn) => fn() };
  const client = new ChannelHostClient(socket, 'test', metrics);
  const count = (code: string): number => metrics.hostErrors.read({ code });

  await t.rejects(client.invoke(invocation, { timeoutMs: 10 }), { code: 'SPAWN_ERR_HOST_TIMEOUT' });
  t.equal(count('SPAWN_ERR_HOST_TIMEOUT'), 1);

  const failed = client.invoke(invocation, { timeoutMs: 5000 });
  client.settle(2, { error: 'handler threw' });
  await t.rejects(failed, { code: 'SPAWN_ERR_HOST_BAD_RESPONSE' });
  const noContext = client.invoke(invocation, { timeoutMs: 5000 });
  client.settle(3, { reply: { response: {} } });
  await t.rejects(noContext, { code: 'SPAWN_ERR_HOST_BAD_RESPONSE' });
  t.equal(count('SPAWN_ERR_HOST_BAD_RESPONSE'), 2);

  const ok = client.invoke(invocation, { timeoutMs: 5000 });
  client.settle(4, { reply: { response: { updatedContext: {} } } });
  await ok;
  t.equal(count('SPAWN_ERR_HOST_TIMEOUT') + count('SPAWN_ERR_HOST_BAD_RESPONSE') + count('SPAWN_ERR_HOST_UNAVAILABLE'), 3, 'a good reply is not counted');

  const inFlight = client.invoke(invocation, { timeoutMs: 5000 });
  client.closed('test over');
  await t.rejects(inFlight, { code: 'SPAWN_ERR_HOST_UNAVAILABLE' });
  await t.rejects(client.invoke(invocation, { timeoutMs: 5000 }), { code: 'SPAWN_ERR_HOST_UNAVAILABLE' });
  t.equal(count('SPAWN_ERR_HOST_UNAVAILABLE'), 2);
  t.match(await metrics.registry.render(), /^spawn_host_errors_total\{code="SPAWN_ERR_HOST_UNAVAILABLE"\} 2$/m, 'exposed on /metrics');
});

t.test('HTTP host: an unreachable host is counted', async (t) => {
  // A port nobody listens on: bind one, learn it, close it.
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
  const metrics = new ProxyMetrics();
  const client = new HttpHostClient({ address: '127.0.0.1', port, connections: 1, compat05: false, metrics });
  t.teardown(() => client.close());
  await t.rejects(client.invoke(invocation, { timeoutMs: 2000 }), { code: 'SPAWN_ERR_HOST_UNAVAILABLE' });
  t.equal(metrics.hostErrors.read({ code: 'SPAWN_ERR_HOST_UNAVAILABLE' }), 1);
});
