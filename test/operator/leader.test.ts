// Two operator processes (dist/bin/operator.js) against the fake API server: one leads and
// is the only one that writes; killed, the other takes the lease over once it has seen it
// unrenewed for a lease duration, and not before; stopped with SIGTERM, a leader hands the
// lease back so the next one leads at once. Times are read from the fake server's own log.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import t, { type Test } from 'tap';
import { condition, example, startFakeApi, until } from './support';

let root = __dirname;
while (!existsSync(join(root, 'package.json'))) root = dirname(root);
const OPERATOR = join(root, 'dist', 'bin', 'operator.js');

// Long enough that a leader on a loaded machine does not lose the lease by a stall alone.
const LEASE_MS = 4000;
const RENEW_DEADLINE_MS = 3000;
const RETRY_MS = 200;

interface Proc {
  identity: string;
  proc: ChildProcess;
  lines: string[];
  stderr: () => string;
  leading: () => boolean;
  exited: Promise<number | null>;
}

function startOperator(t: Test, kubeconfig: string, identity: string): Proc {
  const proc = spawn(
    process.execPath,
    [
      OPERATOR,
      '--kubeconfig',
      kubeconfig,
      '--identity',
      identity,
      '--lease-namespace',
      'spawn-operator',
      '--lease-duration-seconds',
      String(LEASE_MS / 1000),
      '--renew-deadline-ms',
      String(RENEW_DEADLINE_MS),
      '--retry-period-ms',
      String(RETRY_MS),
      '--health-port',
      '0',
      '--proxy-image',
      'spawn-proxy:test',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const lines: string[] = [];
  let err = '';
  let buf = '';
  proc.stdout.on('data', (d: Buffer) => {
    buf += d.toString();
    const parts = buf.split('\n');
    buf = parts.pop()!;
    lines.push(...parts);
  });
  proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  t.teardown(async () => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
    await exited;
  });
  return { identity, proc, lines, stderr: () => err, leading: () => lines.some((l) => l.includes('"event":"leading"')), exited };
}

t.test('one leader writes; killed, the other takes over after one lease duration; SIGTERM hands over at once', async (t) => {
  const { server, kubeconfig } = await startFakeApi(t);
  const a = startOperator(t, kubeconfig, 'op-a');
  const b = startOperator(t, kubeconfig, 'op-b');
  const leader = await until('a leader', () => (a.leading() ? a : b.leading() ? b : undefined), 20_000);
  const other = leader === a ? b : a;

  const e = example('default');
  server.put('secrets', e.secret);
  server.put('actorsystems', e.system);
  server.put('actorhosts', e.host);
  await until('the example reconciled', () => server.get('deployments', 'default', 'typescript-host'), 15_000);
  await until('the ActorSystem Ready', () => condition(server.get('actorsystems', 'default', 'shop'), 'Ready')?.status === 'True');
  const resourceWriters = new Set(
    server
      .writes()
      .filter((r) => !r.path.includes('/leases'))
      .map((r) => r.userAgent),
  );
  t.same([...resourceWriters], [`spawn-operator/${leader.identity}`], 'only the leader wrote');
  t.notOk(other.leading(), 'the other never led');
  // It reads the lease again once the holder's lease could have run out (a lease duration).
  t.ok(
    await until(
      'the other reading the lease',
      () => server.requests.some((r) => r.userAgent === `spawn-operator/${other.identity}` && r.path.includes('/leases') && r.method === 'GET'),
      3 * LEASE_MS,
    ),
    'the other was campaigning (reading the lease)',
  );

  // Kill the leader: no hand-over, the lease must run out.
  const killedAt = Date.now();
  leader.proc.kill('SIGKILL');
  await leader.exited;
  const lastRenewal = Math.max(
    ...server.requests
      .filter((r) => r.userAgent === `spawn-operator/${leader.identity}` && r.path.includes('/leases') && r.method !== 'GET' && r.status < 300)
      .map((r) => r.at),
  );
  await until('the other to lead', () => other.leading(), 15_000);
  const takeover = server.requests.find(
    (r) => r.userAgent === `spawn-operator/${other.identity}` && r.path.includes('/leases') && r.method === 'PUT' && r.status === 200 && r.at > killedAt,
  );
  t.ok(takeover, 'the takeover is a successful lease update');
  const after = takeover!.at - lastRenewal;
  t.ok(after >= LEASE_MS - 20, `not before the lease ran out (${after} ms after the last renewal; lease ${LEASE_MS} ms)`);
  t.ok(after <= LEASE_MS + 2 * RETRY_MS + 5000, `within the lease plus a retry period and slack (${after} ms)`);
  const lease = server.get('leases', 'spawn-operator', 'spawn-operator')!;
  t.equal(lease.spec.holderIdentity, other.identity);
  t.equal(lease.spec.leaseTransitions, 1);

  // The new leader acts: a change is reconciled, by it.
  const host = server.get('actorhosts', 'default', 'typescript-host')!;
  const before = server.requests.length;
  server.put('actorhosts', { ...host, spec: { ...host.spec, host: { ...host.spec.host, image: 'spawn-typescript-host:0.3.0' } } });
  await until(
    'the change applied',
    () => server.get('deployments', 'default', 'typescript-host')?.spec.template.spec.containers[0].image === 'spawn-typescript-host:0.3.0',
    15_000,
  );
  t.same(
    [
      ...new Set(
        server.requests
          .slice(before)
          .filter((r) => r.method !== 'GET' && !r.path.includes('/leases'))
          .map((r) => r.userAgent),
      ),
    ],
    [`spawn-operator/${other.identity}`],
    'by the new leader',
  );

  // SIGTERM: the leader releases the lease, exits 0, and a newcomer leads without waiting it out.
  other.proc.kill('SIGTERM');
  t.equal(await other.exited, 0, 'a stopped operator exits 0');
  t.equal(server.get('leases', 'spawn-operator', 'spawn-operator')!.spec.holderIdentity, '', 'the lease was handed back');
  const c = startOperator(t, kubeconfig, 'op-c');
  await until('the newcomer to lead', () => c.leading(), 20_000);
  const mine = server.requests.filter((r) => r.userAgent === 'spawn-operator/op-c' && r.path.includes('/leases'));
  const won = mine.find((r) => r.method === 'PUT' && r.status === 200)!;
  t.ok(won.at - mine[0]!.at < LEASE_MS, `it led on its first rounds (${won.at - mine[0]!.at} ms after its first look), not after a lease duration`);
});
