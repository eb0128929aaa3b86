// The NATS activator against the machine's NATS with JetStream (127.0.0.1:4222) — durable
// consumer, acks after the invocation, retries then dead-letter — and, for the restart, a
// nats-server of this test's own (a free port, its store in a temporary directory), stopped
// and started again on the same store. Counts are printed with t.comment.
import { headers, type NatsConnection } from '@nats-io/transport-node';
import { jetstream, type JetStreamManager } from '@nats-io/jetstream';
import t from 'tap';
import { actor, register, startHost, startProxy } from '../support/harness';
import { callsById, eventually, nats, privateNats, relay, seenByActors, startActivator, tempDir, unique } from './support';

t.setTimeout(600_000);
const SYS = 'act-nats';

async function publishAll(nc: NatsConnection, items: Array<{ subject: string; body: unknown; headers?: Record<string, string> }>): Promise<void> {
  const js = jetstream(nc);
  for (const it of items) {
    const h = headers();
    for (const [k, v] of Object.entries(it.headers ?? {})) h.set(k, v);
    await js.publish(it.subject, JSON.stringify(it.body), { headers: h });
  }
}

async function pending(jsm: JetStreamManager, stream: string, consumer: string): Promise<{ pending: number; ackPending: number }> {
  const info = await jsm.consumers.info(stream, consumer);
  return { pending: info.num_pending, ackPending: info.num_ack_pending };
}

function stream(jsmStreams: string[], prefix: string): { name: string; subject: string } {
  const name = unique(prefix).replace(/-/g, '_');
  jsmStreams.push(name, `${name}_DEAD_LETTER`);
  return { name, subject: `${name}.events.>` };
}

function messages(
  n: number,
  accounts: number,
  subjectPrefix: string,
  extra: Record<string, unknown> = {},
): { items: Array<{ subject: string; body: unknown; headers: Record<string, string> }>; expected: Map<string, string> } {
  const expected = new Map<string, string>();
  const items = Array.from({ length: n }, (_, i) => {
    const account = `acct-${i % accounts}`;
    expected.set(`m-${i}`, account);
    return { subject: `${subjectPrefix}.events.${account}`, body: { id: `m-${i}`, ...extra }, headers: { 'Nats-Msg-Id': `m-${i}` } };
  });
  return { items, expected };
}

/** Actor name from the subject's last token, through a resource (the env has no subject-token variable). */
function specFor(s: { name: string; subject: string }, settings: Record<string, unknown> = {}, actionFromHeader = false): string {
  const action = actionFromHeader ? { actionFrom: { strategy: { type: 'metadata', value: 'action' } } } : { action: 'record' };
  return JSON.stringify({
    apiVersion: 'spawn-eigr.io/v1',
    kind: 'Activator',
    metadata: { name: 'ledger', annotations: { 'spawn-eigr.io/actor-system': SYS } },
    spec: {
      activator: { type: 'nats', settings },
      bindings: [
        {
          name: 'events',
          source: { stream: s.name, subject: s.subject, durable: 'ledger' },
          sinks: [{ name: 'account', to: { actor: { ...action, actorId: { nameFrom: { strategy: { type: 'subject-token', value: '-1' } } } } } }],
        },
      ],
    },
  });
}

t.test("JetStream: N messages in, N invocations, every one in its actor's state once, all acknowledged", async (t) => {
  const N = 400;
  const ACCOUNTS = 8;
  const n = await nats(t);
  const s = stream(n.streams, 'act_steady');
  await n.jsm.streams.add({ name: s.name, subjects: [s.subject] });
  const host = await startHost(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(host.port) });
  await register(
    proxy,
    SYS,
    Array.from({ length: ACCOUNTS }, (_, i) => actor(`acct-${i}`, { actions: ['record'] })),
  );
  const { items, expected } = messages(N, ACCOUNTS, s.name);
  await publishAll(n.nc, items);

  const act = await startActivator(t, { SPAWN_PROXY_URL: proxy.url, SPAWN_ACTIVATOR_SPEC: specFor(s), SPAWN_ACTIVATOR_NATS_CREATE_STREAM: 'true' });
  await eventually(async () => ((await act.metric('spawn_activator_messages_acked_total')) >= N ? true : undefined), 60_000, 100);
  const seen = await seenByActors(proxy, SYS, expected);
  const calls = await callsById(host, 'record');
  const invocations = [...calls.values()].reduce((k, c) => k + c.length, 0);
  t.comment(`nats jetstream, steady: ${N} messages, ${invocations} invocations, ${seen.distinct} distinct in actor state, ${seen.duplicates} duplicates`);
  t.equal(seen.distinct, N);
  t.same(seen.missing, []);
  t.same(seen.misplaced, [], "the subject's last token named the actor");
  t.equal(seen.duplicates, 0);
  t.equal(invocations, N);
  t.equal(calls.get('m-3')![0]!.metadata['Nats-Msg-Id'], 'm-3', 'headers travel as metadata');
  t.match(calls.get('m-3')![0]!.metadata['activator-message-id'], /^m-3$/, 'the Nats-Msg-Id is the message id');
  await eventually(
    async () => {
      const p = await pending(n.jsm, s.name, 'ledger');
      return p.pending === 0 && p.ackPending === 0 ? true : undefined;
    },
    10_000,
    50,
  );
  t.pass('the durable consumer has nothing pending and nothing unacknowledged');
  t.ok(
    (await act.metric('spawn_activator_lag_ms')) >= 0 && (await act.metrics()).has('spawn_activator_backlog_messages{binding="events"}'),
    'lag and backlog are exported',
  );
  t.equal(await act.stop(), 0);
});

t.test('JetStream: a poison message is dead-lettered after its retries, then terminated', async (t) => {
  const MAX_RETRIES = 2;
  const n = await nats(t);
  const s = stream(n.streams, 'act_poison');
  await n.jsm.streams.add({ name: s.name, subjects: [s.subject] });
  const host = await startHost(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(host.port) });
  await register(proxy, SYS, [actor('acct-0', { actions: ['record', 'hang'] })]);
  const act = await startActivator(t, {
    SPAWN_PROXY_URL: proxy.url,
    SPAWN_ACTIVATOR_SPEC: specFor(s, { retry: { maxRetries: MAX_RETRIES, backoffMs: 20, maxBackoffMs: 100 } }, true),
    SPAWN_ACTIVATOR_NATS_CREATE_STREAM: 'true',
  });
  await publishAll(n.nc, [
    { subject: `${s.name}.events.acct-0`, body: { id: 'poison' }, headers: { action: 'hang', 'request-timeout': '200', 'Nats-Msg-Id': 'poison' } },
    { subject: `${s.name}.events.acct-0`, body: { id: 'fine' }, headers: { action: 'record' } },
  ]);
  await eventually(
    async () =>
      (await act.metric('spawn_activator_dead_lettered_total')) >= 1 && (await act.metric('spawn_activator_messages_acked_total')) >= 1 ? true : undefined,
    30_000,
    50,
  );
  const dlq = await n.jsm.streams.getMessage(`${s.name}_DEAD_LETTER`, { seq: 1 });
  t.same(dlq!.json(), { id: 'poison' }, 'the dead-letter stream has the poison message');
  t.equal(dlq!.header.get('Spawn-Error-Code'), 'SPAWN_ERR_DEADLINE_EXCEEDED');
  t.equal(dlq!.header.get('Spawn-Attempts'), String(MAX_RETRIES + 1));
  t.equal((await host.calls()).filter((c) => c.action === 'hang').length, MAX_RETRIES + 1, 'the host saw it 1 + maxRetries times');
  let last = { pending: -1, ackPending: -1 };
  await eventually(
    async () => {
      last = await pending(n.jsm, s.name, 'ledger');
      return last.pending === 0 && last.ackPending === 0 ? true : undefined;
    },
    10_000,
    50,
  ).catch(() => undefined);
  t.same(last, { pending: 0, ackPending: 0 }, 'the poison message was terminated, the other acknowledged: nothing pending');
});

t.test('JetStream: the proxy killed (-9) and restarted mid-stream: no message lost', async (t) => {
  const N = 300;
  const ACCOUNTS = 6;
  const n = await nats(t);
  const s = stream(n.streams, 'act_kill');
  await n.jsm.streams.add({ name: s.name, subjects: [s.subject] });
  const host = await startHost(t);
  const env = { USER_FUNCTION_PORT: String(host.port), PROXY_DATABASE_TYPE: 'sqlite', PROXY_DATA_DIR: tempDir(t) };
  const first = await startProxy(t, env);
  const actors = Array.from({ length: ACCOUNTS }, (_, i) => actor(`acct-${i}`, { actions: ['record'] }));
  await register(first, SYS, actors);
  const service = await relay(t, first.port);
  const { items, expected } = messages(N, ACCOUNTS, s.name, { checkpoint: true, ms: 5 });
  await publishAll(n.nc, items);
  const act = await startActivator(t, {
    SPAWN_PROXY_URL: service.url,
    SPAWN_ACTIVATOR_SPEC: specFor(s),
    SPAWN_ACTIVATOR_CONCURRENCY: '8',
    SPAWN_ACTIVATOR_RETRY_MAX_BACKOFF_MS: '200',
  });
  await eventually(async () => ((await host.calls()).length >= N / 4 ? true : undefined), 60_000, 10);
  await first.stop('SIGKILL');
  const ackedAtKill = await act.metric('spawn_activator_messages_acked_total');
  const second = await startProxy(t, env);
  service.target(second.port);
  await register(second, SYS, actors);
  await eventually(async () => ((await act.metric('spawn_activator_messages_acked_total')) >= N ? true : undefined), 120_000, 100);
  const seen = await seenByActors(second, SYS, expected);
  const calls = await callsById(host, 'record');
  const invocations = [...calls.values()].reduce((k, c) => k + c.length, 0);
  t.comment(
    `nats jetstream, proxy -9 at ${ackedAtKill}/${N} acked: ${invocations} host invocations, ${seen.distinct} distinct in actor state, ${seen.duplicates} duplicates`,
  );
  t.ok(ackedAtKill < N, 'killed mid-stream');
  t.same(seen.missing, [], 'no message lost');
  t.equal(seen.distinct, N);
  t.ok(seen.duplicates <= 8, `duplicates within what was in flight (8): ${seen.duplicates}`);
  t.equal(await act.metric('spawn_activator_dead_lettered_total'), 0);
});

t.test('JetStream: the NATS server restarted mid-stream: consumption resumes by itself, nothing lost', async (t) => {
  const N = 300;
  const ACCOUNTS = 4;
  const server = await privateNats(t);
  const n = await nats(t, server.url);
  const s = stream(n.streams, 'act_restart');
  await n.jsm.streams.add({ name: s.name, subjects: [s.subject] });
  const host = await startHost(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(host.port) });
  await register(
    proxy,
    SYS,
    Array.from({ length: ACCOUNTS }, (_, i) => actor(`acct-${i}`, { actions: ['record'] })),
  );
  const { items, expected } = messages(N, ACCOUNTS, s.name, { ms: 10 });
  await publishAll(n.nc, items);
  const act = await startActivator(t, {
    SPAWN_PROXY_URL: proxy.url,
    SPAWN_ACTIVATOR_SPEC: specFor(s),
    SPAWN_ACTIVATOR_NATS_URL: server.url,
    SPAWN_ACTIVATOR_CONCURRENCY: '4',
    SPAWN_ACTIVATOR_RECONNECT_MAX_BACKOFF_MS: '250',
  });
  await eventually(async () => ((await act.metric('spawn_activator_messages_acked_total')) >= N / 5 ? true : undefined), 60_000, 10);
  await server.stop();
  const ackedAtStop = await act.metric('spawn_activator_messages_acked_total');
  t.ok(ackedAtStop < N, `stopped mid-stream (${ackedAtStop} of ${N} acknowledged)`);
  await server.start();
  await eventually(async () => ((await act.metric('spawn_activator_messages_acked_total')) >= N ? true : undefined), 120_000, 100);
  t.ok((await act.metric('spawn_activator_reconnects_total')) >= 1, 'it reconnected by itself');
  const seen = await seenByActors(proxy, SYS, expected);
  const calls = await callsById(host, 'record');
  const invocations = [...calls.values()].reduce((k, c) => k + c.length, 0);
  t.comment(
    `nats jetstream, server restart at ${ackedAtStop}/${N} acked: ${invocations} host invocations, ${seen.distinct} distinct in actor state, ${seen.duplicates} duplicates`,
  );
  t.same(seen.missing, [], 'no message lost');
  t.equal(seen.distinct, N);
  t.ok(seen.duplicates <= 4, `duplicates within what was in flight (4): ${seen.duplicates}`);
  await eventually(
    async () => {
      const p = await pending(n.jsm, s.name, 'ledger');
      return p.pending === 0 && p.ackPending === 0 ? true : undefined;
    },
    30_000,
    100,
  );
  t.pass('nothing pending or unacknowledged after the restart');
  t.equal(await act.stop(), 0);
});

t.test('core NATS: best effort, a plain subscription with a queue group', async (t) => {
  const n = await nats(t);
  const subject = `${unique('act_core')}.hooks`;
  const host = await startHost(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(host.port) });
  await register(proxy, SYS, [actor('hub', { actions: ['record'] })]);
  const act = await startActivator(t, {
    SPAWN_PROXY_URL: proxy.url,
    SPAWN_ACTIVATOR_TYPE: 'nats',
    SPAWN_ACTIVATOR_SYSTEM: SYS,
    SPAWN_ACTIVATOR_NATS_MODE: 'core',
    SPAWN_ACTIVATOR_NATS_SUBJECT: subject,
    SPAWN_ACTIVATOR_NATS_QUEUE_GROUP: 'hub',
    SPAWN_ACTIVATOR_ACTOR: 'hub',
    SPAWN_ACTIVATOR_ACTION: 'record',
  });
  await eventually(async () => ((await act.ready()) ? true : undefined), 10_000, 50);
  for (let i = 0; i < 20; i++) n.nc.publish(subject, JSON.stringify({ id: `c-${i}` }));
  await n.nc.flush();
  await eventually(async () => ((await act.metric('spawn_activator_messages_acked_total')) >= 20 ? true : undefined), 20_000, 50);
  const calls = await callsById(host, 'record');
  t.equal(calls.size, 20, 'every message published while it listened was invoked');
});
