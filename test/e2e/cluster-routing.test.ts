// Routing beyond plain invocations in a cluster of three members (NATS for membership and for
// broadcasts), every host registering the same actors:
//   broadcasts  each broadcast reaches each subscriber exactly once in the whole cluster — not
//               once per member whose host registered it — and subscribers run where placement
//               put them;
//   spawn       an instance spawned at one member is invoked at any member, one activation.
import t from 'tap';
import { actor, eventually, get, invoke, register, spawnActors, startHost, startProxy, type TestHost, type TestProxy } from '../support/harness';
import { fromJsonAny, jsonAny } from '../support/protocol';
import { startNats } from './cluster-support';

const SYS = 'cluster-news';
const WF = ['workflow', 'listen'];
const SUBSCRIBERS = Array.from({ length: 10 }, (_, i) => `sub${i}`);
const SENT = 5;

t.test('a cluster of three: broadcasts reach each subscriber once; a spawned instance is reachable at every member', async (t) => {
  const nats = await startNats(t);
  const env = {
    PROXY_CLUSTER_STRATEGY: 'nats',
    SPAWN_INTERNAL_NATS_HOSTS: nats.url,
    PROXY_CLUSTER_PREFIX: `b${process.pid}`,
    SPAWN_PUBSUB_ADAPTER: 'nats',
    SPAWN_PUBSUB_NATS_HOSTS: nats.url,
    SPAWN_PUBSUB_NATS_PREFIX: `bb${process.pid}`,
    SPAWN_PROXY_LOGGER_LEVEL: 'info',
  };
  const actors = [
    actor('publisher', { stateful: false, actions: WF }),
    ...SUBSCRIBERS.map((n) => actor(n, { stateful: false, actions: WF, channels: [{ topic: 'alerts', action: 'listen' }] })),
    actor('tmpl', { kind: 2, actions: ['checkpoint'] }),
  ];
  const members: Array<{ host: TestHost; proxy: TestProxy }> = [];
  for (let i = 0; i < 3; i++) {
    const host = await startHost(t);
    const proxy = await startProxy(t, { ...env, USER_FUNCTION_PORT: String(host.port), PROXY_CLUSTER_MEMBER_NAME: `b${i}` });
    await register(proxy, SYS, actors);
    members.push({ host, proxy });
  }
  await eventually(async () => {
    const r = await fetch(`${members[0]!.proxy.url}/api/v1/cluster`);
    const c = (await r.json()) as { members: Array<{ systems: Record<string, string[]> }> };
    return c.members.length === 3 && c.members.every((m) => m.systems[SYS]?.length === actors.length) ? true : undefined;
  }, 15_000);

  for (let i = 0; i < SENT; i++) {
    const r = await invoke(members[i % 3]!.proxy, {
      system: SYS,
      actor: 'publisher',
      action: 'workflow',
      value: jsonAny({ workflow: { broadcast: { topic: 'alerts', payload: { n: i } } } }),
    });
    t.equal(r.status, 200, `broadcast ${i} accepted`);
  }
  const count = async (): Promise<Map<string, number>> => {
    const out = new Map<string, number>();
    for (const m of members) for (const c of await m.host.calls()) if (c.action === 'listen') out.set(c.actor, (out.get(c.actor) ?? 0) + 1);
    return out;
  };
  await eventually(async () => {
    const seen = await count();
    return SUBSCRIBERS.every((n) => (seen.get(n) ?? 0) >= SENT) ? true : undefined;
  }, 15_000).catch(() => undefined);
  await new Promise((r) => setTimeout(r, 1000)); // any extra copy would have arrived by now
  const seen = await count();
  t.same(
    Object.fromEntries(SUBSCRIBERS.map((n) => [n, seen.get(n) ?? 0])),
    Object.fromEntries(SUBSCRIBERS.map((n) => [n, SENT])),
    `each subscriber got each of the ${SENT} broadcasts once`,
  );
  const hostsUsed = (await Promise.all(members.map(async (m) => (await m.host.calls()).some((c) => c.action === 'listen')))).filter(Boolean).length;
  t.ok(hostsUsed > 1, `subscribers ran on more than one member (${hostsUsed})`);

  // Spawned at member 0, invoked at 1, 2 and 0: one instance, one activation, its count goes on.
  const spawned = await spawnActors(members[0]!.proxy, SYS, [{ name: 'kid', parent: 'tmpl' }]);
  t.equal(spawned.status, 200, 'spawned at one member');
  const counts: number[] = [];
  for (const i of [1, 2, 0]) {
    const r = await invoke(members[i]!.proxy, { system: SYS, actor: 'kid', action: 'checkpoint' });
    t.equal(r.status, 200, `the spawned instance answers at member ${i} ${r.response.status?.message ?? ''}`);
    counts.push(fromJsonAny<{ count: number }>(r.response.value)?.count ?? -1);
  }
  t.same(counts, [1, 2, 3], 'one instance: its state goes on whichever member the call enters at');
  const kidHosts = (await Promise.all(members.map(async (m) => (await m.host.calls()).filter((c) => c.actor === 'kid').length))).filter((n) => n > 0);
  t.equal(kidHosts.length, 1, 'it ran on one member');
  // Its state read at any member is the state it has where it runs (each member here keeps
  // state in its own memory: only the owner knows it).
  const read = await Promise.all(
    members.map(async (m) => {
      const r = await get(`${m.proxy.url}/api/v1/system/${SYS}/actors/kid`, { accept: 'application/json' });
      return (JSON.parse(r.body.toString()) as { state?: { json?: { count?: number } } }).state?.json?.count;
    }),
  );
  t.same(read, [3, 3, 3], 'its state reads the same at every member');
  for (const m of members) await m.proxy.stop();
});
