// The dispatcher's decisions, against a scripted invoker: what is retried and how often, what
// is dead-lettered at once, what is waited for without counting, and the order of one actor's
// invocations.
import t from 'tap';
import { createLogger } from '../../src/control';
import { protocol } from '../../src/hotpath/codec';
import {
  ActivatorMetrics,
  Dispatcher,
  classify,
  type BindingSpec,
  type Delivery,
  type InboundEvent,
  type InvokeOutcome,
  type PlannedInvocation,
} from '../../src/activators';

const binding: BindingSpec = {
  name: 'b',
  source: {},
  payload: { encoding: 'json' },
  sinks: [{ name: 's', kind: 'named', actorFrom: { strategy: 'metadata', key: 'actor', prefix: '', suffix: '' }, action: 'go', async: false, metadata: {} }],
};

const event = (actor: string, id: string): InboundEvent => ({ body: Buffer.from(JSON.stringify({ id })), metadata: { actor }, headerKeys: [] });
const live: Delivery = { priorDeliveries: 0, live: () => true };
const fail = (kind: 'unavailable' | 'awaiting-registration' | 'retryable' | 'terminal', code = `CODE_${kind}`): InvokeOutcome => ({
  ok: false,
  kind,
  code,
  message: kind,
});
const ok: InvokeOutcome = { ok: true, value: null, httpStatus: 200 };
const idOf = (p: PlannedInvocation): string =>
  (JSON.parse(protocol.JSONType.decode(protocol.InvocationRequest.decode(p.body).value!.value!).content) as { id: string }).id;

function dispatcher(
  script: (p: PlannedInvocation, n: number) => InvokeOutcome | Promise<InvokeOutcome>,
  retry: Partial<{ maxRetries: number; awaitRegistrationMs: number }> = {},
): { d: Dispatcher; calls: PlannedInvocation[]; metrics: ActivatorMetrics } {
  const calls: PlannedInvocation[] = [];
  const metrics = new ActivatorMetrics();
  const d = new Dispatcher({
    invoker: { invoke: (p) => Promise.resolve(script(p, calls.push(p))) },
    retry: { maxRetries: 3, backoffMs: 1, maxBackoffMs: 2, awaitRegistrationMs: 50, ...retry },
    mapping: { activator: 'a', defaultSystem: 'sys', timeoutMs: 1000 },
    metrics,
    logger: createLogger('error'),
  });
  return { d, calls, metrics };
}

t.test('retryable: 1 + maxRetries attempts, then dead-letter; deliveries before count', async (t) => {
  const { d, calls, metrics } = dispatcher(() => fail('retryable'));
  const out = await d.dispatch(binding, event('x', '1'), live);
  t.match(out, { kind: 'dead-letter', code: 'CODE_retryable', attempts: 4, sink: 's' });
  t.equal(calls.length, 4);
  t.equal(metrics.retries.read({ binding: 'b' }), 3);
  const again = dispatcher(() => fail('retryable'));
  const out2 = await again.d.dispatch(binding, event('x', '1'), { priorDeliveries: 2, live: () => true });
  t.equal(again.calls.length, 2, 'a message delivered twice before has two attempts left');
  t.match(out2, { kind: 'dead-letter', attempts: 4 });
});

t.test('terminal: dead-letter at once', async (t) => {
  const { d, calls } = dispatcher(() => fail('terminal'));
  t.match(await d.dispatch(binding, event('x', '1'), live), { kind: 'dead-letter', attempts: 1 });
  t.equal(calls.length, 1);
});

t.test('unavailable (the proxy unreachable or draining): waited for, never held against the message', async (t) => {
  const { d, calls } = dispatcher((_p, n) => (n <= 10 ? fail('unavailable') : ok), { maxRetries: 1 });
  t.match(await d.dispatch(binding, event('x', '1'), live), { kind: 'ok' });
  t.equal(calls.length, 11, 'ten failed attempts with maxRetries 1, then OK');
});

t.test('not registered (yet): retried for a bounded time, then dead-lettered', async (t) => {
  const { d, calls } = dispatcher(() => fail('awaiting-registration'), { awaitRegistrationMs: 30 });
  const t0 = Date.now();
  t.match(await d.dispatch(binding, event('x', '1'), live), { kind: 'dead-letter', code: 'CODE_awaiting-registration' });
  t.ok(Date.now() - t0 >= 30, 'at least the wait');
  t.ok(calls.length >= 2);
  const later = dispatcher((_p, n) => (n <= 3 ? fail('awaiting-registration') : ok), { awaitRegistrationMs: 10_000 });
  t.match(await later.d.dispatch(binding, event('x', '1'), live), { kind: 'ok' }, 'a host that registers in time: the message runs');
});

t.test('a lost delivery stops its retries; stop() ends every wait', async (t) => {
  let alive = true;
  const { d, calls } = dispatcher(
    (_p, n) => {
      if (n === 2) alive = false;
      return fail('retryable');
    },
    { maxRetries: 100 },
  );
  t.match(await d.dispatch(binding, event('x', '1'), { priorDeliveries: 0, live: () => alive }), { kind: 'abandoned' });
  t.equal(calls.length, 2);
  const slow = new Dispatcher({
    invoker: { invoke: () => Promise.resolve(fail('unavailable')) },
    retry: { maxRetries: 1, backoffMs: 60_000, maxBackoffMs: 60_000, awaitRegistrationMs: 0 },
    mapping: { activator: 'a', defaultSystem: 'sys', timeoutMs: 1000 },
    metrics: new ActivatorMetrics(),
    logger: createLogger('error'),
  });
  const pending = slow.dispatch(binding, event('x', '1'), live);
  await new Promise((r) => setTimeout(r, 20));
  slow.stop();
  t.match(await pending, { kind: 'abandoned', reason: 'stopping' }, 'a message waiting a minute for its retry is given back at once');
});

t.test("one actor's invocations run in arrival order, one at a time; other actors' meanwhile", async (t) => {
  const log: string[] = [];
  let running = 0;
  let overlapSameActor = false;
  const busy = new Set<string>();
  const { d } = dispatcher(async (p) => {
    if (busy.has(p.actor)) overlapSameActor = true;
    busy.add(p.actor);
    running++;
    const id = idOf(p);
    await new Promise((r) => setTimeout(r, id === 'a1' ? 30 : 1));
    log.push(`${p.actor}:${id}`);
    busy.delete(p.actor);
    running--;
    return ok;
  });
  await Promise.all([
    d.dispatch(binding, event('a', 'a1'), live),
    d.dispatch(binding, event('a', 'a2'), live),
    d.dispatch(binding, event('b', 'b1'), live),
    d.dispatch(binding, event('a', 'a3'), live),
  ]);
  t.equal(overlapSameActor, false, 'never two at once for one actor');
  t.same(
    log.filter((l) => l.startsWith('a:')),
    ['a:a1', 'a:a2', 'a:a3'],
    'in arrival order, though a1 was the slowest',
  );
  t.ok(log.indexOf('b:b1') < log.indexOf('a:a1'), "another actor's message did not wait for it");
  t.equal(running, 0);
});

t.test('an event that cannot be mapped is dead-lettered without an invocation', async (t) => {
  const { d, calls } = dispatcher(() => ok);
  t.match(await d.dispatch(binding, { body: Buffer.from('{}'), metadata: {}, headerKeys: [] }, live), {
    kind: 'dead-letter',
    code: 'SPAWN_ERR_BAD_REQUEST',
    message: /no 'actor' metadata/,
  });
  t.match(await d.dispatch(binding, { body: Buffer.from('nope'), metadata: { actor: 'x' }, headerKeys: [] }, live), {
    kind: 'dead-letter',
    code: 'SPAWN_ERR_BAD_REQUEST',
    message: /not JSON/,
  });
  t.equal(calls.length, 0);
});

t.test('classify follows the error catalogue', async (t) => {
  t.equal(classify('SPAWN_ERR_HOST_TIMEOUT'), 'retryable');
  t.equal(classify('SPAWN_ERR_STATE_CONFLICT'), 'retryable');
  t.equal(classify('SPAWN_ERR_ACTION_NOT_FOUND'), 'terminal');
  t.equal(classify('SPAWN_ERR_HOST_BAD_RESPONSE'), 'terminal');
  t.equal(classify('SPAWN_ERR_ACTOR_NOT_FOUND'), 'awaiting-registration');
  t.equal(classify('SPAWN_ERR_DRAINING'), 'unavailable');
  t.equal(classify('SPAWN_ERR_MEMBER_UNAVAILABLE'), 'unavailable', 'cluster churn is not held against the message');
  t.equal(classify('SPAWN_ERR_UNKNOWN', 502), 'retryable', 'an unknown code by its HTTP status');
  t.equal(classify('SPAWN_ERR_UNKNOWN', 400), 'terminal');
});
