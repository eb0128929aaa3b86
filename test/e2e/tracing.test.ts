// Traces: a real OTLP/HTTP receiver (node:http, POST /v1/traces, protobuf decoded here) gets
// the proxy's spans; the caller's W3C traceparent is continued and reaches the host (HTTP
// header and invocation metadata; metadata over the host channel).
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import protobuf from 'protobufjs';
import t from 'tap';
import { protocol } from '../../src/hotpath/codec';
import { SpawnSystem } from '../../src/sdk';
import {
  actor,
  eventually,
  invocationRequest,
  post,
  register,
  startHost,
  startProxy,
  startSdkHost,
  type HttpResult,
  type Invoke,
  type TestProxy,
} from '../support/harness';
import { jsonAny } from '../support/protocol';

// The part of opentelemetry/proto/collector/trace/v1 (and trace/v1, common/v1) the test reads.
const OTLP = protobuf
  .parse(
    `
syntax = "proto3";
message ExportTraceServiceRequest { repeated ResourceSpans resource_spans = 1; }
message ResourceSpans { Resource resource = 1; repeated ScopeSpans scope_spans = 2; }
message Resource { repeated KeyValue attributes = 1; }
message ScopeSpans { repeated Span spans = 2; }
message Span {
  bytes trace_id = 1; bytes span_id = 2; bytes parent_span_id = 4; string name = 5; int32 kind = 6;
  repeated KeyValue attributes = 9; Status status = 15;
}
message Status { string message = 2; int32 code = 3; }
message KeyValue { string key = 1; AnyValue value = 2; }
message AnyValue { oneof value { string string_value = 1; bool bool_value = 2; int64 int_value = 3; double double_value = 4; } }
`,
  )
  .root.lookupType('ExportTraceServiceRequest');

interface Span {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  attributes: Record<string, string | number | boolean>;
  service: string;
  statusCode: number;
}

interface RawKv {
  key: string;
  value?: { stringValue?: string; boolValue?: boolean; intValue?: number | { toNumber(): number }; doubleValue?: number };
}

function attrs(kvs: RawKv[] | undefined): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const kv of kvs ?? []) {
    const v = kv.value ?? {};
    const int = v.intValue;
    out[kv.key] = v.stringValue ?? v.boolValue ?? (typeof int === 'object' ? int.toNumber() : int) ?? v.doubleValue ?? '';
  }
  return out;
}

/** An OTLP/HTTP traces receiver on a free port: every span it was sent. */
async function startReceiver(t: { teardown(fn: () => unknown): void }): Promise<{ url: string; spans: Span[]; requests: Array<{ contentType: string }> }> {
  const spans: Span[] = [];
  const requests: Array<{ contentType: string }> = [];
  const server = http.createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/traces') {
        res.statusCode = 404;
        res.end();
        return;
      }
      let body = Buffer.concat(parts);
      if (req.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
      requests.push({ contentType: req.headers['content-type'] ?? '' });
      const msg = OTLP.toObject(OTLP.decode(body), { bytes: String, longs: Number }) as {
        resourceSpans?: Array<{ resource?: { attributes?: RawKv[] }; scopeSpans?: Array<{ spans?: Array<Record<string, unknown>> }> }>;
      };
      for (const rs of msg.resourceSpans ?? []) {
        const service = String(attrs(rs.resource?.attributes)['service.name'] ?? '');
        for (const ss of rs.scopeSpans ?? []) {
          for (const s of ss.spans ?? []) {
            const hex = (b: unknown): string => Buffer.from(typeof b === 'string' ? b : '', 'base64').toString('hex');
            spans.push({
              traceId: hex(s.traceId),
              spanId: hex(s.spanId),
              parentSpanId: hex(s.parentSpanId),
              name: String(s.name),
              kind: Number(s.kind ?? 0),
              attributes: attrs(s.attributes as RawKv[]),
              service,
              statusCode: Number((s.status as { code?: number } | undefined)?.code ?? 0),
            });
          }
        }
      }
      res.setHeader('content-type', 'application/x-protobuf');
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const addr = server.address() as { port: number };
  return { url: `http://127.0.0.1:${addr.port}`, spans, requests };
}

const newTraceId = (): string => randomBytes(16).toString('hex');
const newSpanId = (): string => randomBytes(8).toString('hex');
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/;

function invokeWithHeader(proxy: TestProxy, i: Invoke, headers: Record<string, string>): Promise<HttpResult> {
  return post(`${proxy.url}/api/v1/system/${i.system}/actors/${i.actor}/invoke`, protocol.InvocationRequest.encode(invocationRequest(i)).finish(), headers);
}

/** Spans of `traceId`, once `names` have all arrived (each at least as often as listed). */
async function spansOf(spans: Span[], traceId: string, names: string[]): Promise<Span[]> {
  return eventually(
    async () => {
      const mine = spans.filter((s) => s.traceId === traceId);
      const count = (n: string): number => mine.filter((s) => s.name === n).length;
      const want = new Map<string, number>();
      for (const n of names) want.set(n, (want.get(n) ?? 0) + 1);
      return [...want].every(([n, c]) => count(n) >= c) ? mine : undefined;
    },
    10_000,
    50,
  );
}

const SYS = 'trace-sys';

t.test('spans of one invocation reach the OTLP receiver under the caller trace, and the host gets traceparent', async (t) => {
  const receiver = await startReceiver(t);
  const host = await startHost(t);
  const proxy = await startProxy(t, {
    USER_FUNCTION_PORT: String(host.port),
    OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
    OTEL_SERVICE_NAME: 'proxy-under-test',
    OTEL_BSP_SCHEDULE_DELAY: '100',
  });
  await register(proxy, SYS, [
    // An UNNAMED template: its instance is activated by the invocation itself (state load, init).
    actor('tpl', { kind: 2, actions: ['init', 'workflow', 'checkpoint'] }),
    actor('target', { actions: ['add'] }),
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

t.test('a call forwarded to another member continues the trace there (NATS header traceparent)', async (t) => {
  const receiver = await startReceiver(t);
  const prefix = `trace${process.pid}${randomBytes(3).toString('hex')}`;
  const names = Array.from({ length: 16 }, (_, i) => `f${i}`);
  const members = [];
  for (const name of ['member-a', 'member-b']) {
    const host = await startHost(t);
    const proxy = await startProxy(t, {
      USER_FUNCTION_PORT: String(host.port),
      PROXY_CLUSTER_STRATEGY: 'nats',
      PROXY_CLUSTER_PREFIX: prefix,
      PROXY_CLUSTER_MEMBER_NAME: name,
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_SERVICE_NAME: name,
      OTEL_BSP_SCHEDULE_DELAY: '100',
    });
    members.push({ host, proxy });
  }
  for (const m of members)
    await register(
      m.proxy,
      SYS,
      names.map((n) => actor(n, { stateful: false, actions: ['add'] })),
    );
  const [a, b] = members as [(typeof members)[0], (typeof members)[0]];
  // Both members see each other's registrations before calls go in at member-a.
  await new Promise((r) => setTimeout(r, 1500));
  const traces = new Map<string, string>();
  for (const n of names) {
    const traceId = newTraceId();
    traces.set(n, traceId);
    const res = await invokeWithHeader(a.proxy, { system: SYS, actor: n, action: 'add' }, { traceparent: `00-${traceId}-${newSpanId()}-01` });
    t.equal(res.status, 200, `${n} answered`);
  }
  const atB = (await b.host.calls()).filter((c) => c.action === 'add');
  t.ok(atB.length > 0, `some calls ran on member-b (${atB.length} of ${names.length})`);
  const call = atB[0]!;
  const traceId = traces.get(call.actor)!;
  const spans = await spansOf(receiver.spans, traceId, ['spawn.invoke', 'spawn.invoke', 'spawn.forward', 'spawn.host.call']);
  const forward = spans.find((s) => s.name === 'spawn.forward')!;
  t.equal(forward.service, 'member-a', 'the forward span is member-a’s');
  t.equal(spans.find((s) => s.spanId === forward.parentSpanId)?.name, 'spawn.invoke', 'under its invocation span');
  const remote = spans.find((s) => s.name === 'spawn.invoke' && s.service === 'member-b')!;
  t.equal(remote.parentSpanId, forward.spanId, "member-b's invocation span is a child of the forward span");
  const hostCall = spans.find((s) => s.name === 'spawn.host.call')!;
  t.equal(hostCall.service, 'member-b');
  t.equal(call.headers.traceparent, `00-${traceId}-${hostCall.spanId}-01`, "member-b's host gets the trace");
});
