// Three proxies form one actor system on a NATS server this test starts, each with its own
// host, all on one PostgreSQL store. Calls enter at random members. (a) steady state, (b) a
// member killed with -9, (d) one member leaving gracefully under load. The checker: no two
// hosts ever run turns of one actor at overlapping times, every acknowledged checkpointed
// update is in the store, and no call started during the graceful leave fails.
import t from 'tap';
import { postgres } from '../storage/backends';
import { KEY, failuresIn, hostCalls, load, overlaps, readBack, report, startMember, startNats, untilMembers, type Member } from './cluster-support';

// 5 s, not less: a member of a loaded CI machine must not lose its lease by a stall alone.
const LEASE_MS = 5000;

// Many processes and several minutes of faults: longer than tap's default for a file.
t.setTimeout(300_000);

t.test('cluster of three: steady load, a member killed with -9, a member leaving gracefully', async (t) => {
  const nats = await startNats(t);
  const db = { ...(await postgres('js').create(t)), SPAWN_STATESTORE_KEY: KEY };
  const env = {
    ...db,
    PROXY_CLUSTER_STRATEGY: 'nats',
    SPAWN_INTERNAL_NATS_HOSTS: nats.url,
    PROXY_CLUSTER_PREFIX: `t${process.pid}`,
    PROXY_CLUSTER_LEASE_MS: String(LEASE_MS),
  };
  const members: Member[] = [];
  for (let i = 0; i < 3; i++) members.push(await startMember(t, `m${i}`, env));
  for (const m of members) t.equal(await untilMembers(m, 3), 3, 'a member sees all three members and what their hosts registered');

  let live = [...members];
  const running = load(() => live, 6);
  await new Promise((r) => setTimeout(r, 2500));
  // (b) kill -9 one member: its actors are served elsewhere once its lease has expired.
  running.phase = 'kill -9';
  const victim = members[2]!;
  live = members.slice(0, 2);
  await victim.proxy.stop('SIGKILL');
  await new Promise((r) => setTimeout(r, LEASE_MS + 3000));
  // (d, one member) a graceful leave under load: its actors move to the last member.
  running.phase = 'graceful leave';
  live = members.slice(0, 1);
  const leaveCode = await members[1]!.proxy.stop('SIGTERM');
  t.equal(leaveCode, 0, 'the leaving member drains and exits 0');
  if (leaveCode !== 0) t.comment(`the leaving member's log:\n${members[1]!.proxy.logs().split('\n').slice(-40).join('\n')}`);
  await new Promise((r) => setTimeout(r, 1500));
  const stats = await running.stop();
  const leave = failuresIn(stats, 'graceful leave');
  t.same(leave.codes, {}, `no call started during the graceful leave failed ${leave.samples}`);

  report(t, stats, await readBack(t, db), overlaps(await hostCalls(members)));
  const served = await Promise.all(members.map(async (m) => (await m.host.calls()).length));
  t.ok(
    served.every((n) => n > 0),
    `every member ran turns (${served.join(', ')})`,
  );
  for (const m of live) await m.proxy.stop();
});
