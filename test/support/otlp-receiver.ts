// An OTLP/HTTP traces receiver for tests (node:http, POST /v1/traces, protobuf bodies as
// the OTLP exporter sends them) and helpers to read the spans it got.
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import protobuf from 'protobufjs';
import { protocol } from '../../src/hotpath/codec';
import { eventually, invocationRequest, post, type HttpResult, type Invoke, type TestProxy } from './harness';

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

export interface Span {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  attributes: Record<string, string | number | boolean>;
  service: string;
  /** The attributes of the resource the span was sent under. */
  resource: Record<string, string | number | boolean>;
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
export async function startReceiver(t: {
  teardown(fn: () => unknown): void;
}): Promise<{ url: string; spans: Span[]; requests: Array<{ contentType: string }> }> {
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
        const resource = attrs(rs.resource?.attributes);
        const service = String(resource['service.name'] ?? '');
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
              resource,
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
  t.teardown(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // The exporters' keep-alive connections would hold close() open.
        server.closeAllConnections();
      }),
  );
  const addr = server.address() as { port: number };
  return { url: `http://127.0.0.1:${addr.port}`, spans, requests };
}

export const newTraceId = (): string => randomBytes(16).toString('hex');
export const newSpanId = (): string => randomBytes(8).toString('hex');
export const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/;

export function invokeWithHeader(proxy: TestProxy, i: Invoke, headers: Record<string, string>): Promise<HttpResult> {
  return post(`${proxy.url}/api/v1/system/${i.system}/actors/${i.actor}/invoke`, protocol.InvocationRequest.encode(invocationRequest(i)).finish(), headers);
}

/** Spans of `traceId`, once `names` have all arrived (each at least as often as listed). */
export async function spansOf(spans: Span[], traceId: string, names: string[]): Promise<Span[]> {
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
