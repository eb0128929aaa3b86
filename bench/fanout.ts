// Broadcast fan-out: one publisher broadcasts to SUBSCRIBERS actors per message; counts the
// deliveries the host receives and reports subscribers x messages per second.
import type { IActor } from '../src/hotpath/codec';
import { request } from 'undici';
import { SYS, invokeBody, invokePath, load, proxyWith, register, stop } from './harness';

export interface FanoutResult {
  adapter: string;
  subscribers: number;
  messages: number;
  seconds: number;
  deliveriesPerSecond: number;
}

export async function fanout(adapter: 'native' | 'nats', hostPort: number): Promise<FanoutResult> {
  const SUBSCRIBERS = 100;
  const MESSAGES = Number(process.env.BENCH_FANOUT_MESSAGES ?? 1000);
  const env: Record<string, string> = adapter === 'nats' ? { SPAWN_PUBSUB_ADAPTER: 'nats', SPAWN_PUBSUB_NATS_PREFIX: `spawnbench${process.pid}` } : {};
  const proxy = await proxyWith(env, hostPort);
  const subs: IActor[] = Array.from({ length: SUBSCRIBERS }, (_, i) => ({
    id: { name: `sub${i}`, system: SYS },
    settings: { kind: 1, stateful: false, deactivationStrategy: { timeout: { timeout: 600_000 } } },
    actions: [{ name: 'echo' }],
    metadata: { channelGroup: [{ topic: 'fan', action: 'echo' }] },
  }));
  await register(proxy.port, [...subs, { id: { name: 'pub', system: SYS }, settings: { kind: 1, stateful: false }, actions: [{ name: 'publish' }] }]);
  const count = async (): Promise<number> => Number(await (await request(`http://127.0.0.1:${hostPort}/_count`)).body.text());
  const before = await count();
  const t0 = Date.now();
  await load({ port: proxy.port, requests: [{ path: invokePath('pub'), body: invokeBody('pub', 'publish') }] }, { amount: MESSAGES, connections: 8 });
  const want = before + MESSAGES * (SUBSCRIBERS + 1);
  while ((await count()) < want) {
    if (Date.now() - t0 > 120_000) throw new Error('deliveries did not complete within 120 s');
    await new Promise((r) => setTimeout(r, 20));
  }
  const seconds = (Date.now() - t0) / 1000;
  await stop(proxy);
  const deliveriesPerSecond = Math.round((MESSAGES * SUBSCRIBERS) / seconds);
  process.stderr.write(
    `  broadcast fan-out (${adapter}): ${SUBSCRIBERS} subscribers x ${MESSAGES} messages in ${seconds.toFixed(2)} s = ${deliveriesPerSecond} deliveries/s\n`,
  );
  return { adapter, subscribers: SUBSCRIBERS, messages: MESSAGES, seconds, deliveriesPerSecond };
}
