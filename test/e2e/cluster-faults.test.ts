// The cluster under faults that are not a clean crash. Three members on one PostgreSQL store,
// each reaching NATS through its own TCP relay, calls entering at random live members:
//   (c) a member paused (SIGSTOP) past its lease, then resumed: it must not run or write a
//       turn for an actor it lost; it drops every activation and joins again (a turn it had
//       already passed its lease check for when it froze is counted separately, and must not
//       be acknowledged);
//   (g) a member cut off from NATS but not from the database: it stops running turns before
//       its lease could be taken over, the others serve its actors, and when NATS is back it
//       finds its lease gone, drops its activations and joins again;
//   (e) a fourth member joins;
//   (f) NATS itself restarted: members reconnect (joining again if their leases ran out) and
//       go on.
// The checker after all of it: no overlapping turns of one actor on two hosts, no
// acknowledged checkpointed update missing from the store.
import t from 'tap';
import { postgres } from '../storage/backends';
import { eventually } from '../support/harness';
import { KEY, hostCalls, load, overlaps, readBack, report, startMember, startNats, startRelay, untilMembers, type Member, type Relay } from './cluster-support';

const LEASE_MS = 5000;

// Many processes and several minutes of faults: longer than tap's default for a file.
t.setTimeout(300_000);

t.test('cluster: a member paused past its lease, a member cut off from NATS, a member joining, NATS restarted', async (t) => {
  const nats = await startNats(t);
  const db = { ...(await postgres('js').create(t)), SPAWN_STATESTORE_KEY: KEY };
  const base = {
    ...db,
    PROXY_CLUSTER_STRATEGY: 'nats',
    PROXY_CLUSTER_PREFIX: `f${process.pid}`,
    PROXY_CLUSTER_LEASE_MS: String(LEASE_MS),
  };
  const relays: Relay[] = [];
  const all: Member[] = [];
  for (let i = 0; i < 3; i++) {
    const relay = await startRelay(t, nats.port);
    relays.push(relay);
    all.push(await startMember(t, `m${i}`, { ...base, SPAWN_INTERNAL_NATS_HOSTS: relay.url }));
  }
  for (const m of all) await untilMembers(m, 3);
  const [m0, m1, m2] = all as [Member, Member, Member];
  let live = [...all];
  const running = load(() => live, 6);
  await new Promise((r) => setTimeout(r, 2500));

  // (c) SIGSTOP m2 past its lease (a load balancer stops sending to it), then SIGCONT.
  running.phase = 'paused';
  live = [m0, m1];
  m2.proxy.proc.kill('SIGSTOP');
  await new Promise((r) => setTimeout(r, LEASE_MS + 3000));
  const resumedAt = Date.now();
  m2.proxy.proc.kill('SIGCONT');
  await eventually(async () => (/cluster: joined again/.test(m2.proxy.logs()) ? true : undefined), 15_000);
  t.match(
    m2.proxy.logs(),
    /cluster lease lost: dropping every activation/,
    'the resumed member found its lease gone and dropped its activations before joining again',
  );
  for (const m of all) await untilMembers(m, 3);
  live = [m0, m1, m2];
  await new Promise((r) => setTimeout(r, 1500));

  // (g) cut m1 off from NATS (the database and its clients still reach it: it must refuse turns, retryably).
  running.phase = 'cut off';
  relays[1]!.cut();
  await new Promise((r) => setTimeout(r, LEASE_MS + 3000));
  relays[1]!.restore();
  await eventually(async () => (/cluster: joined again/.test(m1.proxy.logs()) ? true : undefined), 20_000);
  for (const m of all) await untilMembers(m, 3);
  await new Promise((r) => setTimeout(r, 1500));

  // (e) a fourth member joins.
  running.phase = 'join';
  const m3 = await startMember(t, 'm3', { ...base, SPAWN_INTERNAL_NATS_HOSTS: nats.url });
  const four = [...all, m3];
  for (const m of four) await untilMembers(m, 4);
  live = four;
  await new Promise((r) => setTimeout(r, 2000));

  // (f) NATS restarts under all four.
  running.phase = 'nats restart';
  await nats.stop();
  await new Promise((r) => setTimeout(r, 1000));
  await nats.start();
  for (const m of four) await untilMembers(m, 4, 30_000);
  running.phase = 'after';
  await new Promise((r) => setTimeout(r, 2000));
  const stats = await running.stop();
  const again = load(() => live, 4);
  await new Promise((r) => setTimeout(r, 2000));
  const afterStats = await again.stop();
  const servedAfter = [...afterStats.acked.values()].reduce((n, v) => n + v.length, 0);
  t.ok(servedAfter > 0, `after the NATS restart the members serve calls (${servedAfter} acknowledged in 2 s)`);
  for (const m of four) {
    t.equal(m.proxy.proc.exitCode, null, `${m.name} is still running`);
    if (m.proxy.proc.exitCode !== null) t.comment(m.proxy.logs().split('\n').slice(-15).join('\n'));
  }
  const newcomer = (await m3.host.calls()).length;
  t.ok(newcomer > 0, `the member that joined ran turns (${newcomer})`);

  for (const [name, values] of afterStats.acked) stats.acked.get(name)!.push(...values);
  const calls = await hostCalls(four);
  // A turn m2's host began after the resume: m2 passed its lease check before it froze.
  const found = overlaps(calls, (turn) => turn.host === 'm2' && turn.start >= resumedAt - 50);
  report(t, stats, await readBack(t, db), found);
  t.ok(found.late.length <= 6, `late turns of the paused member are at most one per client in flight (${found.late.length})`);
  for (const m of four) await m.proxy.stop();
});
