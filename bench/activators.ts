// npm run bench:activators — RabbitMQ -> invocations/s and NATS JetStream -> invocations/s
// through the proxy, each as a ratio to the same invocations made directly by a client.
//
//   direct      a client in this process: an undici Pool with CONCURRENCY connections, at most
//               CONCURRENCY requests in flight (the activator's own client and bound), sending
//               the very InvocationRequests the activator builds for the messages
//               (planInvocations: same actors, action, 200 B payload, metadata)
//   rabbitmq    MESSAGES persistent messages waiting in a durable queue; the activator
//               (prefetch CONCURRENCY) is started, and timed from its readiness to the last ack
//   nats        the same messages in a JetStream stream, a durable consumer
//               (max_ack_pending CONCURRENCY)
//
// Rows are sandwiched: direct, rabbitmq, direct, nats, direct; each activator row's ratio is
// its rate over the mean of the direct runs around it (this machine's speed drifts). Nothing
// is pinned: the brokers are the machine's own services. The host is bench/servers/bench-host
// (echo); the proxy keeps state in memory; actors are stateless. Each row also reports the
// CPU time per invocation of every process that served it (the brokers' from /proc, by the
// pid listening on 5672 / 4222). BENCH_ACTIVATOR_NODE_ARGS='--cpu-prof --cpu-prof-dir=DIR'
// profiles the activator.
//
//   BENCH_ACTIVATOR_MESSAGES (20000), BENCH_ACTIVATOR_CONCURRENCY (32), BENCH_AMQP_URL, BENCH_NATS_URL
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { connect as amqpConnect } from 'amqplib';
import { connect as natsConnect, headers } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { Pool, request } from 'undici';
import { planInvocations, type BindingSpec, type InboundEvent, type PlannedInvocation } from '../src/activators';
import { DIST, ROOT, SYS, actors, killAll, proxyWith, register, start, stop, unpin, type Child } from './harness';

const MESSAGES = Number(process.env.BENCH_ACTIVATOR_MESSAGES ?? 20_000);
const CONCURRENCY = Number(process.env.BENCH_ACTIVATOR_CONCURRENCY ?? 32);
const ACTORS = 256;
const PAYLOAD_BYTES = 200;
const AMQP = process.env.BENCH_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const NATS = process.env.BENCH_NATS_URL ?? 'nats://127.0.0.1:4222';
const tag = `${process.pid}-${randomBytes(2).toString('hex')}`;

interface Row {
  name: string;
  messages: number;
  seconds: number;
  rate: number;
  ratio?: number;
  reference?: string;
  /** CPU time per invocation (user + system), µs, of each process that served the row. */
  cpu?: Record<string, number>;
}

/** CPU time (user + system) of a process so far, µs; undefined where /proc cannot tell. */
function cpuMicros(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return undefined;
  }
}

/** The pid listening on a loopback port (the machine's broker), from ss. */
function listener(port: number): number | undefined {
  try {
    const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
    const m = /pid=(\d+)/.exec(out);
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `fn` and adds each process's CPU µs per invocation to its row. */
async function measured(procs: Record<string, number | undefined>, fn: () => Promise<Row>, extra?: () => Record<string, number | undefined>): Promise<Row> {
  const before = Object.fromEntries(Object.entries(procs).map(([k, pid]) => [k, cpuMicros(pid)]));
  let extraBefore: Record<string, number | undefined> = {};
  if (extra) extraBefore = extra();
  const row = await fn();
  const cpu: Record<string, number> = {};
  for (const [k, pid] of Object.entries(procs)) {
    const a = before[k];
    const b = cpuMicros(pid);
    if (a !== undefined && b !== undefined) cpu[k] = (b - a) / row.messages;
  }
  if (extra)
    for (const [k, v] of Object.entries(extra())) if (v !== undefined && extraBefore[k] !== undefined) cpu[k] = (v - (extraBefore[k] ?? v)) / row.messages;
  row.cpu = cpu;
  return row;
}

const binding: BindingSpec = {
  name: 'bench',
  source: {},
  payload: { encoding: 'bytes' },
  sinks: [
    { name: 'echo', kind: 'named', actorFrom: { strategy: 'metadata', key: 'actor', prefix: '', suffix: '' }, action: 'echo', async: false, metadata: {} },
  ],
};

const payloads = Array.from({ length: ACTORS }, () => randomBytes(PAYLOAD_BYTES));
const actorOf = (i: number): string => `b${i % ACTORS}`;

/** The invocations the activator makes for the messages (same bytes). */
function planned(): PlannedInvocation[] {
  return Array.from({ length: MESSAGES }, (_, i) => {
    const event: InboundEvent = { body: payloads[i % ACTORS]!, metadata: { actor: actorOf(i) }, headerKeys: ['actor'], messageId: `m-${i}` };
    return planInvocations(binding, event, { activator: 'bench', defaultSystem: SYS, timeoutMs: 30_000 })[0]!;
  });
}

async function direct(proxyPort: number, invocations: PlannedInvocation[]): Promise<Row> {
  const pool = new Pool(`http://127.0.0.1:${proxyPort}`, { connections: CONCURRENCY, pipelining: 1 });
  let next = 0;
  let failed = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (;;) {
        const i = next++;
        if (i >= invocations.length) return;
        const p = invocations[i]!;
        const res = await pool.request({
          method: 'POST',
          path: `/api/v1/system/${SYS}/actors/${p.actor}/invoke`,
          headers: { 'content-type': 'application/octet-stream' },
          body: Buffer.from(p.body),
        });
        await res.body.dump();
        if (res.statusCode !== 200) failed++;
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  await pool.close();
  if (failed) throw new Error(`direct: ${failed} invocations failed`);
  return { name: 'direct client (undici Pool)', messages: invocations.length, seconds, rate: invocations.length / seconds };
}

async function metric(port: number, name: string): Promise<number> {
  const text = await (await request(`http://127.0.0.1:${port}/metrics`)).body.text();
  let sum = 0;
  for (const line of text.split('\n')) if (line.startsWith(`${name}{`) || line.startsWith(`${name} `)) sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  return sum;
}

async function ready(port: number): Promise<boolean> {
  const r = await request(`http://127.0.0.1:${port}/health/readiness`);
  await r.body.dump();
  return r.statusCode === 200;
}

/** CPU µs the last activator used in all (read just before it stopped). */
let activatorCpu: number | undefined;

/** Starts the activator on messages already waiting; seconds from its readiness to the last acknowledgement. */
async function drain(name: string, env: Record<string, string>, proxyPort: number): Promise<Row> {
  const act: Child = await start(
    join(DIST, 'bin', 'activator.js'),
    {
      SPAWN_PROXY_URL: `http://127.0.0.1:${proxyPort}`,
      SPAWN_ACTIVATOR_HTTP_PORT: '0',
      SPAWN_ACTIVATOR_LOGGER_LEVEL: 'warn',
      SPAWN_ACTIVATOR_SYSTEM: SYS,
      SPAWN_ACTIVATOR_ACTOR_FROM: 'actor',
      SPAWN_ACTIVATOR_ACTION: 'echo',
      SPAWN_ACTIVATOR_PAYLOAD: 'bytes',
      SPAWN_ACTIVATOR_CONCURRENCY: String(CONCURRENCY),
      ...env,
    },
    (process.env.BENCH_ACTIVATOR_NODE_ARGS ?? '').split(' ').filter((a) => a !== ''),
  );
  const deadline = Date.now() + 600_000;
  while (!(await ready(act.port))) {
    if (Date.now() > deadline) throw new Error(`${name}: the activator never got ready`);
    await new Promise((r) => setTimeout(r, 5));
  }
  const t0 = performance.now();
  for (;;) {
    const acked = await metric(act.port, 'spawn_activator_messages_acked_total');
    if (acked >= MESSAGES) break;
    const dead = await metric(act.port, 'spawn_activator_dead_lettered_total');
    if (dead > 0) throw new Error(`${name}: ${dead} messages dead-lettered`);
    if (Date.now() > deadline) throw new Error(`${name}: ${acked} of ${MESSAGES} acknowledged after 600 s`);
    // Each poll renders /metrics in the activator: every 100 ms costs it little (measured: every 20 ms, ~5% of its CPU).
    await new Promise((r) => setTimeout(r, 100));
  }
  const seconds = (performance.now() - t0) / 1000;
  activatorCpu = cpuMicros(act.proc.pid);
  await stop(act);
  return { name, messages: MESSAGES, seconds, rate: MESSAGES / seconds };
}

async function rabbitmq(proxyPort: number, timed: (run: () => Promise<Row>) => Promise<Row>): Promise<Row> {
  const queue = `bench-activator-${tag}`;
  const conn = await amqpConnect(AMQP);
  const ch = await conn.createConfirmChannel();
  await ch.assertQueue(queue, { durable: true });
  for (let i = 0; i < MESSAGES; i++) {
    ch.sendToQueue(queue, payloads[i % ACTORS]!, { persistent: true, headers: { actor: actorOf(i) }, messageId: `m-${i}` });
    if (i % 1000 === 999) await ch.waitForConfirms();
  }
  await ch.waitForConfirms();
  try {
    return await timed(() =>
      drain('RabbitMQ -> activator -> proxy', { SPAWN_ACTIVATOR_TYPE: 'amqp', SPAWN_ACTIVATOR_AMQP_URL: AMQP, SPAWN_ACTIVATOR_AMQP_QUEUE: queue }, proxyPort),
    );
  } finally {
    await ch.deleteQueue(queue).catch(() => undefined);
    await ch.deleteQueue(`${queue}.dead-letter`).catch(() => undefined);
    await conn.close();
  }
}

async function nats(proxyPort: number, timed: (run: () => Promise<Row>) => Promise<Row>): Promise<Row> {
  const stream = `BENCH_ACTIVATOR_${tag.replace(/-/g, '_')}`;
  const subject = `${stream}.in`;
  const nc = await natsConnect({ servers: NATS });
  const jsm = await jetstreamManager(nc);
  await jsm.streams.add({ name: stream, subjects: [subject] });
  const js = jetstream(nc);
  for (let i = 0; i < MESSAGES; i += 500) {
    await Promise.all(
      Array.from({ length: Math.min(500, MESSAGES - i) }, (_, k) => {
        const h = headers();
        h.set('actor', actorOf(i + k));
        return js.publish(subject, payloads[(i + k) % ACTORS], { headers: h });
      }),
    );
  }
  try {
    return await timed(() =>
      drain(
        'NATS JetStream -> activator -> proxy',
        {
          SPAWN_ACTIVATOR_TYPE: 'nats',
          SPAWN_ACTIVATOR_NATS_URL: NATS,
          SPAWN_ACTIVATOR_NATS_STREAM: stream,
          SPAWN_ACTIVATOR_NATS_SUBJECT: subject,
          SPAWN_ACTIVATOR_NATS_DURABLE: 'bench',
        },
        proxyPort,
      ),
    );
  } finally {
    await jsm.streams.delete(stream).catch(() => undefined);
    await nc.close();
  }
}

async function main(): Promise<void> {
  unpin();
  const conditions = {
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '',
    messages: MESSAGES,
    concurrency: CONCURRENCY,
    actors: ACTORS,
    payloadBytes: PAYLOAD_BYTES,
    host: 'bench/servers/bench-host (echo)',
    store: 'memory',
    pinning: 'none',
  };
  process.stderr.write(`bench:activators: ${JSON.stringify(conditions)}\n`);
  const host = await start(join(DIST, 'bench', 'servers', 'bench-host.js'), { PORT: '0' });
  const proxy = await proxyWith({}, host.port);
  await register(proxy.port, actors(ACTORS, 'b', false));
  const invocations = planned();
  await direct(proxy.port, invocations.slice(0, 2000)); // warm-up: activations, JIT

  const serving = { proxy: proxy.proc.pid, host: host.proc.pid };
  const self = (): Record<string, number | undefined> => ({ client: process.cpuUsage().user + process.cpuUsage().system });
  const d1 = await measured({ ...serving }, () => direct(proxy.port, invocations), self);
  // Broker CPU from the activator's start to the last ack (publishing is before it).
  const rabbit = await rabbitmq(proxy.port, (run) => measured({ ...serving, rabbitmq: listener(5672) }, run));
  rabbit.cpu!.activator = (activatorCpu ?? NaN) / MESSAGES;
  const d2 = await measured({ ...serving }, () => direct(proxy.port, invocations), self);
  const jet = await nats(proxy.port, (run) => measured({ ...serving, 'nats-server': listener(4222) }, run));
  jet.cpu!.activator = (activatorCpu ?? NaN) / MESSAGES;
  const d3 = await measured({ ...serving }, () => direct(proxy.port, invocations), self);
  rabbit.ratio = rabbit.rate / ((d1.rate + d2.rate) / 2);
  rabbit.reference = 'direct (mean of the runs before and after)';
  jet.ratio = jet.rate / ((d2.rate + d3.rate) / 2);
  jet.reference = rabbit.reference;
  const rows = [d1, rabbit, d2, jet, d3];
  await stop(proxy);
  await stop(host);

  const out = [
    `Node ${conditions.node}, ${conditions.cpus} cores (${conditions.cpuModel}); ${MESSAGES} messages/invocations per row, ${CONCURRENCY} in flight, ${ACTORS} actors, ${PAYLOAD_BYTES} B payload, echo host, state in memory; no CPU pinning.`,
    '',
    '| scenario | invocations | seconds | invocations/s | ratio | reference | CPU µs per invocation |',
    '|---|---:|---:|---:|---:|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.messages} | ${r.seconds.toFixed(2)} | ${Math.round(r.rate)} | ${r.ratio === undefined ? '-' : r.ratio.toFixed(2)} | ${r.reference ?? '-'} | ${Object.entries(
          r.cpu ?? {},
        )
          .map(([k, v]) => `${k} ${v.toFixed(0)}`)
          .join(', ')} |`,
    ),
  ];
  process.stdout.write(out.join('\n') + '\n');
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results', 'activators.json'), JSON.stringify({ at: new Date().toISOString(), conditions, rows }, null, 2) + '\n');
}

main()
  .catch((err) => {
    process.stderr.write(`bench:activators failed: ${(err as Error).stack}\n`);
    process.exitCode = 1;
  })
  .finally(killAll);
