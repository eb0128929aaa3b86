// The RabbitMQ activator against the machine's RabbitMQ (127.0.0.1:5672), a real proxy and a
// real host: every message becomes its invocation, and is acknowledged only after it;
// failures are retried within bounds, then dead-lettered. Counts of messages, invocations and
// duplicates are printed with t.comment.
import t from 'tap';
import { actor, register, startHost, startProxy } from '../support/harness';
import { amqp, callsById, depth, eventually, publishAll, seenByActors, startActivator, takeAll, tempFile, unique } from './support';

const SYS = 'act-amqp';

t.test('N messages in: N invocations, each actor saw every one of its messages once, all acknowledged', async (t) => {
  const N = 400;
  const ACCOUNTS = 8;
  const host = await startHost(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(host.port) });
  await register(
    proxy,
    SYS,
    Array.from({ length: ACCOUNTS }, (_, i) => actor(`acct-${i}`, { actions: ['record'] })),
  );
  const a = await amqp(t);
  const queue = unique('act-orders');
  a.queues.push(queue, `${queue}.dead-letter`);
  await a.ch.assertQueue(queue, { durable: true });

  const expected = new Map<string, string>();
  const messages = Array.from({ length: N }, (_, i) => {
    const account = `acct-${i % ACCOUNTS}`;
    expected.set(`m-${i}`, account);
    return { body: { id: `m-${i}` }, headers: { account }, messageId: `m-${i}` };
  });
  await publishAll(a.conn, queue, messages);

  const act = await startActivator(t, {
    SPAWN_PROXY_URL: proxy.url,
    SPAWN_ACTIVATOR_TYPE: 'amqp',
    SPAWN_ACTIVATOR_SYSTEM: SYS,
    SPAWN_ACTIVATOR_AMQP_URL: 'amqp://127.0.0.1:5672',
    SPAWN_ACTIVATOR_AMQP_QUEUE: queue,
    SPAWN_ACTIVATOR_ACTOR_FROM: 'account',
    SPAWN_ACTIVATOR_ACTION: 'record',
    SPAWN_ACTIVATOR_CONCURRENCY: '16',
  });
  await eventually(async () => ((await act.metric('spawn_activator_messages_acked_total')) >= N ? true : undefined), 60_000, 100);

  const calls = await callsById(host, 'record');
  const seen = await seenByActors(proxy, SYS, expected);
  const invocations = [...calls.values()].reduce((n, c) => n + c.length, 0);
  t.comment(`rabbitmq, steady: ${N} messages published, ${invocations} invocations, ${seen.distinct} distinct in actor state, ${seen.duplicates} duplicates`);
  t.equal(seen.distinct, N, "every message is in its actor's state");
  t.same(seen.missing, [], 'none missing');
  t.same(seen.misplaced, [], 'each message reached the actor its header named');
  t.equal(seen.duplicates, 0, 'no message twice (nothing was restarted)');
  t.equal(invocations, N, 'N invocations reached the host');
  const call = calls.get('m-7')![0]!;
  t.equal(call.metadata.account, 'acct-7', 'headers travel as invocation metadata');
  t.equal(call.metadata['activator-message-id'], 'm-7', 'the message id travels, so an actor can drop duplicates');
  t.equal(await act.metric('spawn_activator_messages_received_total'), N, 'received counted');
  t.equal(await act.metric('spawn_activator_invocations_total', { result: 'ok' }), N, 'invocations counted');
  t.equal(await act.metric('spawn_activator_dead_lettered_total'), 0, 'nothing dead-lettered');

  // Stopping gives back whatever was unacknowledged: nothing must come back.
  t.equal(await act.stop('SIGTERM'), 0, 'SIGTERM: exits 0');
  t.equal(await depth(a, queue), 0, 'the queue is empty after the activator left: every message was acknowledged');
  t.equal(await depth(a, `${queue}.dead-letter`), 0, 'the dead-letter queue is empty');
});

t.test('an Activator resource: exchange and routing key, unnamed actors spawned from a template, name from a routing-key token', async (t) => {
  const host = await startHost(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(host.port) });
  await register(proxy, SYS, [actor('order', { kind: 2, actions: ['record'] })]);
  const a = await amqp(t);
  const queue = unique('act-order-events');
  const exchange = unique('act-shop');
  a.queues.push(queue, `${queue}.dlq`);
  a.exchanges.push(exchange);
  const file = tempFile(
    t,
    'activator.yaml',
    `apiVersion: spawn-eigr.io/v1
kind: Activator
metadata:
  name: order-events
  annotations:
    spawn-eigr.io/actor-system: ${SYS}
spec:
  activator:
    type: AMQP
    settings:
      host: 127.0.0.1
      port: 5672
      backpressure:
        prefetchCount: 4
  bindings:
    - name: order-created
      source:
        queue: ${queue}
        exchange: ${exchange}
        routingKey: "orders.*.created"
        deadLetterQueue: ${queue}.dlq
      sinks:
        - name: order-actor
          to:
            actor:
              type: unnamed
              action: record
              actorId:
                parent: order
                nameFrom:
                  strategy: { type: subject-token, value: "1" }
                  prefixWith: "order-"
`,
  );
  const act = await startActivator(t, { SPAWN_PROXY_URL: proxy.url, SPAWN_ACTIVATOR_SPEC_FILE: file });
  await eventually(async () => ((await act.ready()) ? true : undefined), 30_000, 50);
  await publishAll(a.conn, queue, [
    { body: { id: 'a' }, exchange, routingKey: 'orders.41.created' },
    { body: { id: 'b' }, exchange, routingKey: 'orders.42.created' },
    { body: { id: 'c' }, exchange, routingKey: 'orders.42.cancelled' }, // not bound: never arrives
  ]);
  await eventually(async () => ((await act.metric('spawn_activator_messages_acked_total')) >= 2 ? true : undefined), 30_000, 50);
  const calls = (await host.calls()).filter((c) => c.action === 'record');
  t.same(
    calls.map((c) => [c.actor, c.parent, (c.payload as { id: string }).id]).sort(),
    [
      ['order-41', 'order', 'a'],
      ['order-42', 'order', 'b'],
    ],
    'each routed message spawned order-<token> from the template and ran on it',
  );
  t.equal(calls[0]!.metadata['activator'], 'order-events', "the resource's name is the activator's");
  t.equal(await depth(a, queue), 0, 'acknowledged');
});

t.test('a poison message ends in the dead-letter queue after its retries; a terminal failure at once; the rest flow', async (t) => {
  const MAX_RETRIES = 3;
  const host = await startHost(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(host.port) });
  await register(proxy, SYS, [actor('ledger', { actions: ['record', 'hang', 'throw'] })]);
  const a = await amqp(t);
  const queue = unique('act-poison');
  const dlq = `${queue}.dead-letter`;
  a.queues.push(queue, dlq);
  await a.ch.assertQueue(queue, { durable: true });
  const spec = {
    spec: {
      activator: { type: 'amqp', settings: { url: 'amqp://127.0.0.1:5672', retry: { maxRetries: MAX_RETRIES, backoffMs: 20, maxBackoffMs: 100 } } },
      bindings: [
        {
          name: 'ledger',
          source: { queue },
          sinks: [{ name: 'ledger', actor: 'ledger', actionFrom: { strategy: { type: 'metadata', value: 'action' } } }],
        },
      ],
    },
  };
  const act = await startActivator(t, { SPAWN_PROXY_URL: proxy.url, SPAWN_ACTIVATOR_SYSTEM: SYS, SPAWN_ACTIVATOR_SPEC: JSON.stringify(spec) });
  await publishAll(a.conn, queue, [
    { body: { id: 'ok-1' }, headers: { action: 'record' } },
    // The host never answers: the proxy gives up at the deadline (SPAWN_ERR_DEADLINE_EXCEEDED, retryable).
    { body: { id: 'slow-poison' }, headers: { action: 'hang', 'request-timeout': '200' }, messageId: 'slow-poison' },
    // The handler throws: SPAWN_ERR_HOST_BAD_RESPONSE, terminal.
    { body: { id: 'bad' }, headers: { action: 'throw' }, messageId: 'bad' },
    { body: { id: 'ok-2' }, headers: { action: 'record' } },
  ]);
  await eventually(async () => ((await act.metric('spawn_activator_dead_lettered_total')) >= 2 ? true : undefined), 60_000, 50);
  await eventually(async () => ((await act.metric('spawn_activator_messages_acked_total')) >= 2 ? true : undefined), 30_000, 50);

  const dead = await eventually(async () => {
    const n = await depth(a, dlq);
    return n >= 2 ? takeAll(a, dlq) : undefined;
  }, 10_000);
  const byId = new Map(dead.map((m) => [String(m.properties.messageId), m]));
  t.same([...byId.keys()].sort(), ['bad', 'slow-poison'], 'both failed messages are in the dead-letter queue, and only they');
  const slow = byId.get('slow-poison')!;
  t.equal(slow.properties.headers?.['x-spawn-error-code'], 'SPAWN_ERR_DEADLINE_EXCEEDED');
  t.equal(slow.properties.headers?.['x-spawn-attempts'], MAX_RETRIES + 1, 'the retryable one was tried 1 + maxRetries times');
  t.equal(slow.properties.headers?.['x-original-routing-key'], queue);
  t.same(JSON.parse(slow.content.toString()), { id: 'slow-poison' }, 'with its body unchanged');
  const bad = byId.get('bad')!;
  t.equal(bad.properties.headers?.['x-spawn-error-code'], 'SPAWN_ERR_HOST_BAD_RESPONSE');
  t.equal(bad.properties.headers?.['x-spawn-attempts'], 1, 'the terminal one was not retried');

  const hostCalls = await host.calls();
  t.equal(hostCalls.filter((c) => c.action === 'hang').length, MAX_RETRIES + 1, 'the host saw the poison message 1 + maxRetries times');
  t.equal(hostCalls.filter((c) => c.action === 'throw').length, 1, 'and the terminal one once');
  t.same(
    hostCalls
      .filter((c) => c.action === 'record')
      .map((c) => (c.payload as { id: string }).id)
      .sort(),
    ['ok-1', 'ok-2'],
    'the good messages ran',
  );
  t.equal(await act.metric('spawn_activator_retries_total'), MAX_RETRIES, 'retries counted');
  t.equal(await act.metric('spawn_activator_dead_lettered_total', { code: 'SPAWN_ERR_DEADLINE_EXCEEDED' }), 1);
  t.equal(await act.metric('spawn_activator_dead_lettered_total', { code: 'SPAWN_ERR_HOST_BAD_RESPONSE' }), 1);
  t.equal(await depth(a, queue), 0, 'the queue is empty: dead-lettered messages were acknowledged');
  t.comment(
    `rabbitmq, poison: 4 messages, ${hostCalls.length} host calls (${MAX_RETRIES + 1} for the retryable poison, 1 for the terminal one), 2 dead-lettered`,
  );
});
