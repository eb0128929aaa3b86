// Traces: OpenTelemetry spans exported over OTLP/HTTP (protobuf). Off unless an OTLP endpoint
// is configured (OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, read by the
// config schema); then the SDK is never loaded and the hot path pays one property read,
// `tracing.on`, before each place that would start a span.
//
// Context travels explicitly (a span handed along with the turn, a W3C traceparent in
// invocation metadata, HTTP and NATS headers), not through AsyncLocalStorage: no context
// manager is installed, so nothing costs anything when tracing is off.
import type { Attributes, Span, SpanKind, Tracer } from '@opentelemetry/api';
import type { Logger } from './logger';

export type TraceSpan = Span;
export type SpanAttributes = Attributes;

export interface TracingSettings {
  /** The OTLP/HTTP traces URL (…/v1/traces). */
  url: string;
  serviceName: string;
  serviceVersion: string;
}

/** `tracing.on`: the one check the hot path makes. */
export const tracing = { on: false };

interface Loaded {
  tracer: Tracer;
  api: typeof import('@opentelemetry/api');
  shutdown: () => Promise<void>;
}
let loaded: Loaded | undefined;

/** Kinds as numbers, so callers need not load the API for its enum. */
export const KIND = { internal: 0, server: 1, client: 2, producer: 3, consumer: 4 } as const satisfies Record<string, SpanKind>;

/** The traces URL the OTEL_* variables name, or undefined (tracing off). */
export function tracesUrl(endpoint: string, tracesEndpoint: string): string | undefined {
  if (tracesEndpoint) return tracesEndpoint;
  if (endpoint) return `${endpoint.replace(/\/+$/, '')}/v1/traces`;
  return undefined;
}

/** Loads the SDK and turns tracing on. Other OTEL_* settings (headers, timeout, sampler, batching) are read by the SDK. */
export async function startTracing(settings: TracingSettings, logger: Logger): Promise<void> {
  if (loaded) return;
  const api = await import('@opentelemetry/api');
  // The SDK's own complaints (an export the collector refused or never answered) as warnings.
  const warn = (message: string, ...args: unknown[]): void =>
    logger.warn(`opentelemetry: ${message}`, args.length ? { detail: args.map(String).join(' ') } : undefined);
  api.diag.setLogger({ error: warn, warn, info: () => undefined, debug: () => undefined, verbose: () => undefined }, api.DiagLogLevel.WARN);
  const { BasicTracerProvider, BatchSpanProcessor } = await import('@opentelemetry/sdk-trace-base');
  const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-proto');
  const { detectResources, envDetector, resourceFromAttributes } = await import('@opentelemetry/resources');
  const { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } = await import('@opentelemetry/semantic-conventions');
  const provider = new BasicTracerProvider({
    // OTEL_RESOURCE_ATTRIBUTES (and OTEL_SERVICE_NAME) through the SDK's env detector, over our defaults.
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: settings.serviceName, [ATTR_SERVICE_VERSION]: settings.serviceVersion }).merge(
      detectResources({ detectors: [envDetector] }),
    ),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: settings.url }))],
  });
  loaded = { tracer: provider.getTracer('spawn-proxy', settings.serviceVersion), api, shutdown: () => provider.shutdown() };
  tracing.on = true;
}

/** Sends the spans still buffered and turns tracing off (proxy stop). */
export async function stopTracing(): Promise<void> {
  const l = loaded;
  if (!l) return;
  tracing.on = false;
  loaded = undefined;
  await l.shutdown();
}

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-[^]*)?$/;
const ZERO_TRACE = '0'.repeat(32);
const ZERO_SPAN = '0'.repeat(16);

interface Parent {
  traceId: string;
  spanId: string;
  flags: number;
}

/** A W3C traceparent's parts, or undefined when it is malformed (then a new trace starts). */
function parseTraceparent(text: string): Parent | undefined {
  const m = TRACEPARENT.exec(text.trim().toLowerCase());
  if (!m || m[1] === 'ff' || (m[1] === '00' && m[5])) return undefined;
  if (m[2] === ZERO_TRACE || m[3] === ZERO_SPAN) return undefined;
  return { traceId: m[2]!, spanId: m[3]!, flags: parseInt(m[4]!, 16) };
}

/** The trace id of a traceparent (for log lines), or undefined. */
export function traceIdOf(traceparent: string | undefined): string | undefined {
  return traceparent ? parseTraceparent(traceparent)?.traceId : undefined;
}

/** `{ trace_id }` for a log line when `traceparent` names a trace, else nothing. */
export function traceField(traceparent: string | undefined): { trace_id?: string } {
  const id = traceIdOf(traceparent);
  return id ? { trace_id: id } : {};
}

/**
 * Starts a span, child of `parent`: a span of this process, a W3C traceparent from a caller,
 * or nothing (a new trace). Call only when `tracing.on`.
 */
export function startSpan(name: string, parent: TraceSpan | string | undefined, attributes: SpanAttributes, kind: SpanKind = KIND.internal): TraceSpan {
  const l = loaded!;
  let ctx = l.api.ROOT_CONTEXT;
  if (typeof parent === 'string') {
    const p = parseTraceparent(parent);
    if (p) ctx = l.api.trace.setSpanContext(ctx, { traceId: p.traceId, spanId: p.spanId, traceFlags: p.flags & 1, isRemote: true });
  } else if (parent) {
    ctx = l.api.trace.setSpan(ctx, parent);
  }
  return l.tracer.startSpan(name, { kind, attributes }, ctx);
}

/** Ends a span; a failure sets its status to error with the error's code and message. */
export function endSpan(span: TraceSpan, err?: unknown): void {
  if (err !== undefined) {
    const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
    if (typeof code === 'string') span.setAttribute('spawn.error.code', code);
    span.setStatus({ code: 2, message: err instanceof Error ? err.message : typeof err === 'string' ? err : 'failed' });
  }
  span.end();
}

/** Ends `span` when `p` settles; returns `p`. */
export function endWith<T>(span: TraceSpan, p: Promise<T>): Promise<T> {
  return p.then(
    (v) => {
      endSpan(span);
      return v;
    },
    (err: unknown) => {
      endSpan(span, err);
      throw err;
    },
  );
}

/** The W3C traceparent naming `span` as the parent of what the receiver does. */
export function traceparentOf(span: TraceSpan): string {
  const c = span.spanContext();
  return `00-${c.traceId}-${c.spanId}-${c.traceFlags & 1 ? '01' : '00'}`;
}

/** `metadata` with the traceparent of `span` (a copy: the caller's object is not changed). */
export function withTraceparent(metadata: Record<string, string> | null | undefined, span: TraceSpan): Record<string, string> {
  return { ...(metadata ?? {}), traceparent: traceparentOf(span) };
}
