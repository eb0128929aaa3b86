// RabbitMQ activator under faults: the proxy killed (-9) and restarted mid-stream, and the
// broker restarted mid-stream. Nothing acknowledged may be lost; duplicates (at-least-once)
// are counted and printed.
//
// The broker restart uses a RabbitMQ node of this test's own (its node name, ports and data
// directory: support.ts privateRabbit), stopped and started again on the same data: restarting
// the machine's shared RabbitMQ would break other tests running meanwhile, and a TCP relay cut
// would not be a restart (the broker would keep its state and connections' fate in memory).
// Starting a node takes seconds to tens of seconds on a loaded machine, hence the timeout.
import t from 'tap';
import { actor, register, startHost, startProxy } from '../support/harness';
import { amqp, callsById, depth, eventually, privateRabbit, publishAll, relay, seenByActors, startActivator, tempDir, unique } from './support';

t.setTimeout(900_000);
const SYS = 'act-amqp-faults';

function messages(
  n: number,
  accounts: number,
  extra: Record<string, unknown> = {},
): { list: Array<{ body: unknown; headers: Record<string, unknown>; messageId: string }>; expected: Map<string, string> } {
  const expected = new Map<string, string>();
  const list = Array.from({ length: n }, (_, i) => {
    const account = `acct-${i % accounts}`;
    expected.set(`m-${i}`, account);
    return { body: { id: `m-${i}`, ...extra }, headers: { account }, messageId: `m-${i}` };
  });
  return { list, expected };
}

t.test('the proxy killed (-9) and restarted mid-stream: no message lost', async (t) => {
  const N = 300;
  const ACCOUNTS = 6;
  const host = await startHost(t);
  // SQLite, and every update checkpointed (acknowledged only once written): what the state
  // shows after the restart is what the proxy acknowledged before the kill.
  const env = { USER_FUNCTION_PORT: String(host.port), PROXY_DATABASE_TYPE: 'sqlite', PROXY_DATA_DIR: tempDir(t) };
  const first = await startProxy(t, env);
  const actors = Array.from({ length: ACCOUNTS }, (_, i) => actor(`acct-${i}`, { actions: ['record'] }));
  await register(first, SYS, actors);
  // The activator's stable address for the proxy (a Service, in Kubernetes).
  const service = await relay(t, first.port);

  const a = await amqp(t);
  const queue = unique('act-kill');
  a.queues.push(queue, `${queue}.dead-letter`);
  await a.ch.assertQueue(queue, { durable: true });
  const { list, expected } = messages(N, ACCOUNTS, { checkpoint: true, ms: 5 });
  await publishAll(a.conn, queue, list);

  const act = await startActivator(t, {
    SPAWN_PROXY_URL: service.url,
    SPAWN_ACTIVATOR_TYPE: 'amqp',
    SPAWN_ACTIVATOR_SYSTEM: SYS,
    SPAWN_ACTIVATOR_AMQP_URL: 'amqp://127.0.0.1:5672',
    SPAWN_ACTIVATOR_AMQP_QUEUE: queue,
    SPAWN_ACTIVATOR_ACTOR_FROM: 'account',
    SPAWN_ACTIVATOR_ACTION: 'record',
    SPAWN_ACTIVATOR_CONCURRENCY: '8',
    SPAWN_ACTIVATOR_RETRY_MAX_BACKOFF_MS: '200',
  });

  // Kill it once a quarter of the messages reached the host.
  const before = await eventually(
    async () => {
      const n = (await host.calls()).filter((c) => c.action === 'record').length;
      return n >= N / 4 ? n : undefined;
    },
    60_000,
    10,
  );
  await first.stop('SIGKILL');
  const ackedAtKill = await act.metric('spawn_activator_messages_acked_total');
  t.ok(ackedAtKill < N, `killed mid-stream (${ackedAtKill} of ${N} acknowledged, host had seen ${before})`);

  const second = await startProxy(t, env);
  service.target(second.port);
  await register(second, SYS, actors);
  await eventually(async () => ((await act.metric('spawn_activator_messages_acked_total')) >= N ? true : undefined), 120_000, 100);

  const seen = await seenByActors(second, SYS, expected);
  const calls = await callsById(host, 'record');
  const invocations = [...calls.values()].reduce((n, c) => n + c.length, 0);
  t.comment(
    `rabbitmq, proxy -9 at ${ackedAtKill}/${N} acked: ${N} messages, ${invocations} host invocations, ${seen.distinct} distinct in actor state, ${seen.duplicates} duplicates in state, ` +
      `${await act.metric('spawn_activator_retries_total')} retries`,
  );
  t.same(seen.missing, [], "no message is missing from the actors' state");
  t.equal(seen.distinct, N, "every message is in its actor's state");
  t.ok(seen.duplicates <= 8, `duplicates stay within what was in flight at the kill (concurrency 8): ${seen.duplicates}`);
  t.equal(calls.size, N, 'the host saw every message');
  t.equal(
    await act.metric('spawn_activator_dead_lettered_total'),
    0,
    'nothing dead-lettered: an unreachable proxy is waited for, not held against the message',
  );
  t.equal(await act.stop('SIGTERM'), 0);
  t.equal(await depth(a, queue), 0, 'every message acknowledged');
});

t.test('the broker restarted mid-stream: consumption resumes by itself, nothing lost', async (t) => {
  const N = 300;
  const ACCOUNTS = 4;
  const broker = await privateRabbit(t);
  const host = await startHost(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(host.port) });
  await register(
    proxy,
    SYS,
    Array.from({ length: ACCOUNTS }, (_, i) => actor(`acct-${i}`, { actions: ['record'] })),
  );

  const queue = unique('act-restart');
  {
    const a = await amqp(t, broker.url);
    await a.ch.assertQueue(queue, { durable: true });
    const { list } = messages(N, ACCOUNTS, { ms: 10 });
    await publishAll(a.conn, queue, list);
    await a.conn.close();
  }
  const { expected } = messages(N, ACCOUNTS);

  const act = await startActivator(t, {
    SPAWN_PROXY_URL: proxy.url,
    SPAWN_ACTIVATOR_TYPE: 'amqp',
    SPAWN_ACTIVATOR_SYSTEM: SYS,
    SPAWN_ACTIVATOR_AMQP_URL: `amqp://127.0.0.1:${broker.port}`,
    SPAWN_ACTIVATOR_AMQP_QUEUE: queue,
    SPAWN_ACTIVATOR_ACTOR_FROM: 'account',
    SPAWN_ACTIVATOR_ACTION: 'record',
    SPAWN_ACTIVATOR_CONCURRENCY: '4',
    SPAWN_ACTIVATOR_AMQP_HEARTBEAT_MS: '2000',
    SPAWN_ACTIVATOR_RECONNECT_MAX_BACKOFF_MS: '500',
  });
  await eventually(async () => ((await act.metric('spawn_activator_messages_acked_total')) >= N / 5 ? true : undefined), 60_000, 10);
  await broker.stop();
  const ackedAtStop = await act.metric('spawn_activator_messages_acked_total');
  t.ok(ackedAtStop < N, `stopped mid-stream (${ackedAtStop} of ${N} acknowledged)`);
  await eventually(async () => ((await act.ready()) ? undefined : true), 30_000, 50);
  t.pass('readiness reports the lost broker');

  await broker.start();
  await eventually(async () => ((await act.metric('spawn_activator_messages_acked_total')) >= N ? true : undefined), 180_000, 100);
  t.ok(await act.ready(), 'ready again');
  t.ok((await act.metric('spawn_activator_reconnects_total')) >= 1, 'it reconnected by itself');

  const seen = await seenByActors(proxy, SYS, expected);
  const calls = await callsById(host, 'record');
  const invocations = [...calls.values()].reduce((n, c) => n + c.length, 0);
  t.comment(
    `rabbitmq, broker restart at ${ackedAtStop}/${N} acked: ${N} messages, ${invocations} host invocations, ${seen.distinct} distinct in actor state, ${seen.duplicates} duplicates, ` +
      `${await act.metric('spawn_activator_messages_returned_total')} returned unacknowledged`,
  );
  t.same(seen.missing, [], 'no message lost');
  t.equal(seen.distinct, N);
  t.ok(seen.duplicates <= 4, `duplicates within what was in flight at the stop (prefetch 4): ${seen.duplicates}`);
  t.equal(await act.stop('SIGTERM'), 0);
  const a = await amqp(t, broker.url);
  t.equal(await depth(a, queue), 0, 'the queue is empty: every message acknowledged after the restart');
});
