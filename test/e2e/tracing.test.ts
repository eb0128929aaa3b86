// Traces: a real OTLP/HTTP receiver (test/support/otlp-receiver.ts) gets the proxy's spans;
// the caller's W3C traceparent is continued and reaches the host (HTTP header and invocation
// metadata; metadata over the host channel).
import t from 'tap';
import { SpawnSystem } from '../../src/sdk';
import { actor, eventually, register, startHost, startProxy, startSdkHost } from '../support/harness';
import { TRACEPARENT, invokeWithHeader, newSpanId, newTraceId, spansOf, startReceiver, type Span } from '../support/otlp-receiver';
import { jsonAny } from '../support/protocol';

const SYS = 'trace-sys';

t.test('spans of one invocation reach the OTLP receiver under the caller trace, and the host gets traceparent', async (t) => {
  const receiver = await startReceiver(t);
  const host = await startHost(t);
  const proxy = await startProxy(t, {
    USER_FUNCTION_PORT: String(host.port),
    OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
    OTEL_SERVICE_NAME: 'proxy-under-test',
    OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment.name=ci,service.name=overridden-by-OTEL_SERVICE_NAME',
    OTEL_BSP_SCHEDULE_DELAY: '100',
  });
  await register(proxy, SYS, [
    // An UNNAMED template: its instance is activated by the invocation itself (state load, init).
    actor('tpl', { kind: 2, actions: ['init', 'workflow', 'checkpoint'] }),
    actor('target', { actions: ['add'] }),
    actor('publisher', { actions: ['workflow'] }),
    actor('subscriber', { actions: ['add'], channels: [{ topic: 'news', action: 'add' }] }),
  ]);

  const traceId = newTraceId();
  const callerSpan = newSpanId();
  const res = await invokeWithHeader(
    proxy,
    { system: SYS, actor: 'inst1', registerRef: 'tpl', action: 'workflow', value: jsonAny({ workflow: { pipe: { actor: 'target', action: 'add' } } }) },
    { traceparent: `00-${traceId}-${callerSpan}-01` },
  );
  t.equal(res.status, 200);

  const spans = await spansOf(receiver.spans, traceId, [
    'spawn.invoke',
    'spawn.invoke',
    'spawn.activate',
    'spawn.state.load',
    'spawn.host.call',
    'spawn.host.call',
    'spawn.host.call',
    'spawn.workflow.pipe',
  ]);
  t.ok(
    receiver.requests.every((r) => r.contentType === 'application/x-protobuf'),
    'OTLP/HTTP with protobuf bodies',
  );
  t.ok(
    spans.every((s) => s.service === 'proxy-under-test'),
    'service.name from OTEL_SERVICE_NAME',
  );
  t.ok(
    spans.every((s) => s.resource['deployment.environment.name'] === 'ci' && typeof s.resource['service.version'] === 'string'),
    'resource attributes from OTEL_RESOURCE_ATTRIBUTES, with service.version',
  );
  const byId = new Map(spans.map((s) => [s.spanId, s]));
  const parentName = (s: Span): string => byId.get(s.parentSpanId)?.name ?? (s.parentSpanId === callerSpan ? 'caller' : `unknown ${s.parentSpanId}`);

  const invokes = spans.filter((s) => s.name === 'spawn.invoke');
  const root = invokes.find((s) => s.attributes['spawn.actor'] === 'inst1');
  const piped = invokes.find((s) => s.attributes['spawn.actor'] === 'target');
  t.ok(root && piped, 'one invoke span for the call, one for the piped call');
  t.equal(root!.parentSpanId, callerSpan, "the invocation's span is a child of the caller's span");
  t.match(root!.attributes, { 'spawn.system': SYS, 'spawn.action': 'workflow', 'spawn.invocation.mode': 'sync' });
  t.equal(root!.kind, 2, 'SERVER');

  const activate = spans.find((s) => s.name === 'spawn.activate')!;
  t.equal(activate.parentSpanId, root!.spanId, 'activation under the invocation');
  const load = spans.find((s) => s.name === 'spawn.state.load')!;
  t.equal(load.parentSpanId, activate.spanId, 'state load under the activation');
  const hostCalls = spans.filter((s) => s.name === 'spawn.host.call');
  const init = hostCalls.find((s) => s.attributes['spawn.action'] === 'init');
  t.equal(init?.parentSpanId, activate.spanId, 'init action under the activation');
  const call = hostCalls.find((s) => s.attributes['spawn.action'] === 'workflow')!;
  t.equal(call.parentSpanId, root!.spanId, 'host call under the invocation');
  t.equal(call.attributes['spawn.host.transport'], 'http');
  t.equal(call.kind, 3, 'CLIENT');
  const pipe = spans.find((s) => s.name === 'spawn.workflow.pipe')!;
  t.equal(pipe.parentSpanId, root!.spanId, 'the pipe step under the invocation');
  t.equal(pipe.attributes['spawn.workflow.target'], 'target');
  t.equal(parentName(piped!), 'spawn.workflow.pipe', 'the piped invocation under the pipe step');
  const add = hostCalls.find((s) => s.attributes['spawn.action'] === 'add')!;
  t.equal(add.parentSpanId, piped!.spanId, "the piped actor's host call under its invocation");

  // The host saw the host-call span as the parent, as header and as metadata.
  const calls = await host.calls();
  const wf = calls.find((c) => c.action === 'workflow')!;
  t.equal(wf.headers.traceparent, `00-${traceId}-${call.spanId}-01`, 'HTTP header traceparent names the host call span');
  t.equal(wf.metadata.traceparent, wf.headers.traceparent, 'and so does the invocation metadata');
  const addCall = calls.find((c) => c.action === 'add')!;
  t.equal(addCall.metadata.traceparent, `00-${traceId}-${add.spanId}-01`, 'the piped call carries the trace on');
  t.equal(calls.find((c) => c.action === 'init')?.metadata.traceparent, `00-${traceId}-${init!.spanId}-01`, 'the init call too');

  // A checkpoint write is a child of its invocation.
  const t2 = newTraceId();
  await invokeWithHeader(proxy, { system: SYS, actor: 'inst1', action: 'checkpoint' }, { traceparent: `00-${t2}-${newSpanId()}-01` });
  const s2 = await spansOf(receiver.spans, t2, ['spawn.invoke', 'spawn.host.call', 'spawn.state.save']);
  t.equal(
    s2.find((s) => s.name === 'spawn.state.save')!.parentSpanId,
    s2.find((s) => s.name === 'spawn.invoke')!.spanId,
    'checkpoint write under the invocation',
  );
  t.notOk(
    s2.some((s) => s.name === 'spawn.activate'),
    'an active actor is not activated again',
  );

  // A broadcast: each subscriber's delivery is an invocation under the broadcast step.
  await host.reset();
  const t3 = newTraceId();
  await invokeWithHeader(
    proxy,
    { system: SYS, actor: 'publisher', action: 'workflow', value: jsonAny({ workflow: { broadcast: { topic: 'news', payload: { n: 1 } } } }) },
    { traceparent: `00-${t3}-${newSpanId()}-01` },
  );
  const s3 = await spansOf(receiver.spans, t3, ['spawn.invoke', 'spawn.invoke', 'spawn.workflow.broadcast', 'spawn.host.call', 'spawn.host.call']);
  const step = s3.find((s) => s.name === 'spawn.workflow.broadcast')!;
  t.equal(step.attributes['spawn.broadcast.topic'], 'news');
  const delivery = s3.find((s) => s.name === 'spawn.invoke' && s.attributes['spawn.actor'] === 'subscriber')!;
  t.equal(delivery.parentSpanId, step.spanId, "the subscriber's invocation under the broadcast step");
  t.equal(delivery.attributes['spawn.invocation.mode'], 'async');
  const deliveredCall = s3.find((s) => s.name === 'spawn.host.call' && s.attributes['spawn.actor'] === 'subscriber')!;
  t.equal(deliveredCall.parentSpanId, delivery.spanId);
  const subCall = await eventually(async () => (await host.calls()).find((c) => c.actor === 'subscriber'), 10_000, 50);
  t.equal(subCall.metadata.traceparent, `00-${t3}-${deliveredCall.spanId}-01`, 'the subscriber gets the trace too');
});

t.test('metadata traceparent is continued; a failure marks the span; no trace context starts a new trace', async (t) => {
  const receiver = await startReceiver(t);
  const host = await startHost(t);
  const proxy = await startProxy(t, {
    USER_FUNCTION_PORT: String(host.port),
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${receiver.url}/v1/traces`,
    OTEL_BSP_SCHEDULE_DELAY: '100',
  });
  await register(proxy, SYS, [actor('a', { actions: ['add', 'throw'] })]);
  const traceId = newTraceId();
  const parent = newSpanId();
  const res = await invokeWithHeader(proxy, { system: SYS, actor: 'a', action: 'throw', metadata: { traceparent: `00-${traceId}-${parent}-01` } }, {});
  t.not(res.status, 200);
  const spans = await spansOf(receiver.spans, traceId, ['spawn.invoke', 'spawn.host.call']);
  const inv = spans.find((s) => s.name === 'spawn.invoke')!;
  t.equal(inv.parentSpanId, parent, 'the metadata traceparent is the parent');
  t.equal(inv.statusCode, 2, 'status ERROR');
  t.equal(inv.attributes['spawn.error.code'], 'SPAWN_ERR_HOST_BAD_RESPONSE');
  t.equal(spans.find((s) => s.name === 'spawn.host.call')!.statusCode, 2);
  t.equal(spans[0]!.service, 'spawn-proxy', 'default service.name');

  // No trace context: a new trace, whose id the host gets.
  await host.reset();
  await invokeWithHeader(proxy, { system: SYS, actor: 'a', action: 'add' }, {});
  const [call] = await host.calls();
  const m = TRACEPARENT.exec(call!.metadata.traceparent ?? '');
  t.ok(m, `the host gets a traceparent (${call!.metadata.traceparent})`);
  const fresh = await spansOf(receiver.spans, m![1]!, ['spawn.invoke', 'spawn.host.call']);
  t.equal(fresh.find((s) => s.name === 'spawn.invoke')!.parentSpanId, '', 'a root span');
});

t.test('over the host channel the host gets traceparent in the invocation metadata', async (t) => {
  const receiver = await startReceiver(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: '1', OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_BSP_SCHEDULE_DELAY: '100' });
  await startSdkHost(t, proxy.url, { SYSTEM: SYS });
  const client = new SpawnSystem({ name: SYS, proxyUrl: proxy.url, transport: 'http' });
  const traceId = newTraceId();
  const seen = (await client.invoke('counter', 'meta', { metadata: { traceparent: `00-${traceId}-${newSpanId()}-01` } })) as Record<string, string>;
  const spans = await spansOf(receiver.spans, traceId, ['spawn.invoke', 'spawn.host.call']);
  const call = spans.find((s) => s.name === 'spawn.host.call')!;
  t.equal(call.attributes['spawn.host.transport'], 'channel');
  t.equal(seen.traceparent, `00-${traceId}-${call.spanId}-01`, 'the channel host sees the host call span as parent');
});

t.test('tracing off: metadata traceparent reaches the host unchanged, no header is added', async (t) => {
  const host = await startHost(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(host.port) });
  t.notMatch(proxy.logs(), /traces on/);
  await register(proxy, SYS, [actor('a', { actions: ['add'] })]);
  const tp = `00-${newTraceId()}-${newSpanId()}-01`;
  await invokeWithHeader(
    proxy,
    { system: SYS, actor: 'a', action: 'add', metadata: { traceparent: tp } },
    { traceparent: `00-${newTraceId()}-${newSpanId()}-01` },
  );
  const [call] = await host.calls();
  t.equal(call!.metadata.traceparent, tp, "the caller's metadata as it was");
  t.equal(call!.headers.traceparent, undefined, 'no traceparent header');
});
