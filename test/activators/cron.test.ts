// The cron activator: ticks fire on time, and with two replicas each tick fires once (claimed
// in a JetStream key-value bucket on the machine's NATS).
import t from 'tap';
import { actor, register, startHost, startProxy } from '../support/harness';
import { eventually, nats, startActivator, unique } from './support';

const SYS = 'act-cron';

t.test('two replicas: every tick fires once, on time', async (t) => {
  const host = await startHost(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(host.port) });
  await register(proxy, SYS, [actor('clock', { actions: ['record'] })]);
  const n = await nats(t);
  const bucket = unique('act_cron').replace(/-/g, '_');
  n.streams.push(`KV_${bucket}`);
  const resource = {
    apiVersion: 'spawn-eigr.io/v1',
    kind: 'Activator',
    metadata: { name: 'clock', annotations: { 'spawn-eigr.io/actor-system': SYS } },
    spec: {
      activator: { type: 'Cron', settings: { claimBucket: bucket } },
      bindings: {
        sources: [{ name: 'every-second', expr: '* * * * * *', payload: { id: 'tick' } }],
        sinks: [{ name: 'clock', actor: 'clock', action: 'record', system: SYS, binding: [{ name: 'every-second' }] }],
      },
    },
  };
  const env = { SPAWN_PROXY_URL: proxy.url, SPAWN_ACTIVATOR_SPEC: JSON.stringify(resource) };
  const one = await startActivator(t, env);
  const two = await startActivator(t, env);
  const ticks = async (): Promise<string[]> => (await host.calls()).filter((c) => c.action === 'record').map((c) => c.metadata['cron-tick']!);
  // Five ticks after both replicas run.
  const from = Date.now();
  await eventually(async () => ((await ticks()).filter((iso) => Date.parse(iso) > from).length >= 5 ? true : undefined), 30_000, 100);
  const fired1 = await one.metric('spawn_activator_cron_ticks_total', { result: 'fired' });
  const fired2 = await two.metric('spawn_activator_cron_ticks_total', { result: 'fired' });
  const lost =
    (await one.metric('spawn_activator_cron_ticks_total', { result: 'claimed-elsewhere' })) +
    (await two.metric('spawn_activator_cron_ticks_total', { result: 'claimed-elsewhere' }));
  t.ok(lost >= 4, `both replicas raced for the ticks: ${lost} claims lost to the other replica`);
  await Promise.all([one.stop(), two.stop()]);

  const calls = (await host.calls()).filter((c) => c.action === 'record');
  const fired = calls.map((c) => Date.parse(c.metadata['cron-tick']!)).sort((a, b) => a - b);
  t.equal(new Set(fired).size, fired.length, `no tick fired twice (${fired.length} ticks)`);
  for (let i = 1; i < fired.length; i++) t.equal(fired[i]! - fired[i - 1]!, 1000, 'ticks one second apart, none skipped');
  const late = calls.map((c) => c.at - Date.parse(c.metadata['cron-tick']!));
  t.ok(
    late.every((ms) => ms >= 0),
    'no tick fired early',
  );
  t.ok(
    late.every((ms) => ms < 1000),
    `every tick reached the actor within a second of its time (latest: ${Math.max(...late)} ms)`,
  );
  t.comment(
    `cron, 2 replicas: ${calls.length} ticks fired, each once (replica 1 fired ${fired1}, replica 2 ${fired2}, ${lost} claims lost); lateness at the host ${Math.min(...late)}–${Math.max(...late)} ms`,
  );
});
