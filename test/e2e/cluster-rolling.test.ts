// (d) A rolling restart of every member under load, the way a Deployment rolls: a new member
// starts and joins (actors that placement now prefers on it move there), then an old one
// leaves with SIGTERM (its actors move to the others), until no old member is left. Calls
// enter at random live members. Required: no call started during the roll fails, no two hosts
// ran turns of one actor at once, no acknowledged checkpointed update is missing.
import t from 'tap';
import { postgres } from '../storage/backends';
import { KEY, failuresIn, hostCalls, load, overlaps, readBack, report, startMember, startNats, untilMembers, type Member } from './cluster-support';

// Many processes and several minutes of faults: longer than tap's default for a file.
t.setTimeout(300_000);

t.test('cluster of three: every member replaced, one at a time, under load', async (t) => {
  const nats = await startNats(t);
  const db = { ...(await postgres('js').create(t)), SPAWN_STATESTORE_KEY: KEY };
  const env = {
    ...db,
    PROXY_CLUSTER_STRATEGY: 'nats',
    SPAWN_INTERNAL_NATS_HOSTS: nats.url,
    PROXY_CLUSTER_PREFIX: `r${process.pid}`,
    PROXY_CLUSTER_LEASE_MS: '5000',
  };
  const everyone: Member[] = [];
  let live: Member[] = [];
  for (let i = 0; i < 3; i++) live.push(await startMember(t, `old${i}`, env));
  everyone.push(...live);
  for (const m of live) await untilMembers(m, 3);
  const running = load(() => live, 6);
  await new Promise((r) => setTimeout(r, 2000));

  running.phase = 'rolling';
  for (let i = 0; i < 3; i++) {
    const fresh = await startMember(t, `new${i}`, env);
    everyone.push(fresh);
    for (const m of [...live, fresh]) await untilMembers(m, 4);
    live = [...live, fresh];
    await new Promise((r) => setTimeout(r, 1000));
    const old = live.find((m) => m.name === `old${i}`)!;
    live = live.filter((m) => m !== old);
    const code = await old.proxy.stop('SIGTERM');
    t.equal(code, 0, `${old.name} drains and exits 0`);
    if (code !== 0) t.comment(old.proxy.logs().split('\n').slice(-30).join('\n'));
    for (const m of live) await untilMembers(m, 3);
  }
  await new Promise((r) => setTimeout(r, 1500));
  const stats = await running.stop();
  const rolling = failuresIn(stats, 'rolling');
  t.same(rolling.codes, {}, `no call started during the roll failed ${rolling.samples}`);
  report(t, stats, await readBack(t, db), overlaps(await hostCalls(everyone)));
  for (const m of live) {
    const n = (await m.host.calls()).length;
    t.ok(n > 0, `${m.name} ran turns (${n})`);
  }
  for (const m of live) await m.proxy.stop();
});
