// From an external event to the invocations its binding's sinks make (spec §8): the actor
// name fixed or taken from the event's metadata (a header, the routing key or subject, a
// path parameter) with prefix/suffix; named, unnamed (spawned from a template through
// register_ref) or pooled; the payload as JSON, bytes, a protobuf message or a CloudEvent's
// data, whose `source` and `id` name the action and the actor when the sink does not
// (Spawn v1.4.3's CloudEvent mapping). Headers become invocation metadata.
import protobuf from 'protobufjs/minimal';
import { protocol, type IAny, type IInvocationRequest } from '../hotpath/codec';
import { SpawnError } from '../errors';
import type { BindingSpec, PayloadSpec, SinkSpec, ValueFrom } from './spec';

export const JSON_TYPE_URL = 'type.googleapis.com/eigr.functions.protocol.JSONType';
export const BYTES_TYPE_URL = 'type.googleapis.com/google.protobuf.BytesValue';

/** One event from a source, in the shape every source gives it. */
export interface InboundEvent {
  readonly body: Buffer;
  /**
   * Headers and properties (AMQP `routing_key`, `exchange`, `message_id`, `app_id`,
   * `user_id`, `correlation_id`; NATS `subject`; HTTP headers lower-cased and path
   * parameters), which sinks can take names from; the headers also go on as the
   * invocations' metadata.
   */
  readonly metadata: Readonly<Record<string, string>>;
  /** Entries of `metadata` that are headers of the event (passed on as invocation metadata). */
  readonly headerKeys: readonly string[];
  /** Routing key or subject, for `subject-token` names. */
  readonly subject?: string;
  readonly contentType?: string;
  /** A stable id of the message when the source has one (passed on as `activator-message-id`, so actors can drop duplicates). */
  readonly messageId?: string;
}

export interface PlannedInvocation {
  readonly sink: SinkSpec;
  readonly system: string;
  readonly actor: string;
  readonly action: string;
  /** The encoded InvocationRequest. */
  readonly body: Uint8Array;
  /** Invocations of one actor run in the order their events arrived. */
  readonly key: string;
}

/** The event cannot become an invocation (a missing header, a body that is not JSON): terminal. */
export class MappingError extends SpawnError {
  constructor(message: string) {
    super('SPAWN_ERR_BAD_REQUEST', message);
  }
}

interface CloudEvent {
  id?: string;
  source?: string;
  type?: string;
  subject?: string;
  time?: string;
  payload: IAny | null;
}

export interface MappingOptions {
  readonly activator: string;
  readonly defaultSystem: string;
  /** Sent as the `request-timeout` metadata. */
  readonly timeoutMs: number;
}

/** The invocations `event` makes through `binding`'s sinks; throws MappingError for an event no retry can map. */
export function planInvocations(binding: BindingSpec, event: InboundEvent, opts: MappingOptions): PlannedInvocation[] {
  const cloud = binding.payload.encoding === 'cloudevent' ? readCloudEvent(event) : undefined;
  const metadata = cloud ? { ...event.metadata, ...cloudMetadata(cloud) } : event.metadata;
  const payload = cloud ? cloud.payload : encodePayload(binding.payload, event);
  const base: Record<string, string> = {};
  for (const k of event.headerKeys) {
    const v = event.metadata[k];
    if (v !== undefined) base[k] = v;
  }
  if (cloud) Object.assign(base, cloudMetadata(cloud));
  base['activator'] = opts.activator;
  base['activator-binding'] = binding.name;
  const messageId = event.messageId ?? cloud?.id;
  if (messageId) base['activator-message-id'] = messageId;
  if (base['request-timeout'] === undefined) base['request-timeout'] = String(opts.timeoutMs);

  return binding.sinks.map((sink) => {
    const system = sink.system ?? (sink.systemFrom ? resolve(sink.systemFrom, metadata, event.subject, sink, 'system') : opts.defaultSystem);
    const actor = sink.actor ?? (sink.actorFrom ? resolve(sink.actorFrom, metadata, event.subject, sink, 'actor name') : cloudField(cloud, 'id', sink));
    const action = sink.action ?? (sink.actionFrom ? resolve(sink.actionFrom, metadata, event.subject, sink, 'action') : cloudField(cloud, 'source', sink));
    const request: IInvocationRequest = {
      system: { name: system },
      actor: { id: { name: actor, system } },
      actionName: action,
      ...(payload ? { value: payload } : { noop: {} }),
      async: sink.async,
      pooled: sink.kind === 'pooled',
      registerRef: sink.kind === 'unnamed' ? (sink.parent ?? '') : '',
      metadata: { ...base, ...sink.metadata },
    };
    return { sink, system, actor, action, body: protocol.InvocationRequest.encode(request).finish(), key: `${system}\u0000${actor}` };
  });
}

function resolve(from: ValueFrom, metadata: Readonly<Record<string, string>>, subject: string | undefined, sink: SinkSpec, what: string): string {
  let raw: string | undefined;
  if (from.strategy === 'metadata') {
    raw = metadata[from.key];
    if (raw === undefined) {
      const lower = from.key.toLowerCase();
      const k = Object.keys(metadata).find((m) => m.toLowerCase() === lower);
      raw = k === undefined ? undefined : metadata[k];
    }
    if (raw === undefined || raw === '') throw new MappingError(`sink '${sink.name}': the event has no '${from.key}' metadata to take the ${what} from`);
  } else {
    const tokens = (subject ?? '').split('.');
    const i = Number(from.key);
    raw = tokens[i < 0 ? tokens.length + i : i];
    if (raw === undefined || raw === '') throw new MappingError(`sink '${sink.name}': '${subject ?? ''}' has no token ${from.key} to take the ${what} from`);
  }
  return `${from.prefix}${raw}${from.suffix}`;
}

function cloudField(cloud: CloudEvent | undefined, field: 'id' | 'source', sink: SinkSpec): string {
  const v = cloud?.[field];
  if (!v) throw new MappingError(`sink '${sink.name}': the CloudEvent has no '${field}' to take the ${field === 'id' ? 'actor name' : 'action'} from`);
  return v;
}

/** The payload of a body, as `spec` says; MappingError when the body is not what it says. */
export function encodePayload(spec: PayloadSpec, event: Pick<InboundEvent, 'body'>): IAny | null {
  switch (spec.encoding) {
    case 'json': {
      if (event.body.length === 0) return null;
      const text = event.body.toString('utf8');
      try {
        JSON.parse(text);
      } catch (err) {
        throw new MappingError(`the body is not JSON (${(err as Error).message}); set the payload encoding to bytes or protobuf for other bodies`);
      }
      return jsonAny(text);
    }
    case 'bytes':
      return bytesAny(event.body);
    case 'protobuf':
      return { type_url: spec.typeUrl ?? '', value: event.body };
    case 'cloudevent':
      return readCloudEvent({ ...event, metadata: {}, headerKeys: [] }).payload;
  }
}

export function jsonAny(jsonText: string): IAny {
  return { type_url: JSON_TYPE_URL, value: protocol.JSONType.encode({ content: jsonText }).finish() };
}

/** google.protobuf.BytesValue{value: bytes} (field 1, length-delimited). */
export function bytesAny(bytes: Uint8Array): IAny {
  return { type_url: BYTES_TYPE_URL, value: protobuf.Writer.create().uint32(10).bytes(bytes).finish() };
}

function cloudMetadata(ce: CloudEvent): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ['id', 'source', 'type', 'subject', 'time'] as const) {
    const v = ce[k];
    if (v) out[`ce-${k}`] = v;
  }
  return out;
}

/**
 * A CloudEvent in structured mode (a JSON body with `specversion`) or binary mode (attributes
 * in `ce-*` headers — HTTP and NATS — or `cloudEvents:*`/`cloudEvents_*` — AMQP —, data in the body).
 */
function readCloudEvent(event: InboundEvent): CloudEvent {
  const attr = (name: string): string | undefined => {
    for (const k of [`ce-${name}`, `ce_${name}`, `cloudEvents:${name}`, `cloudEvents_${name}`]) {
      const v = event.metadata[k];
      if (v !== undefined) return v;
    }
    return undefined;
  };
  if (attr('specversion') !== undefined || attr('id') !== undefined) {
    const payload = event.body.length === 0 ? null : /json/i.test(event.contentType ?? 'application/json') ? jsonAnyChecked(event.body) : bytesAny(event.body);
    return { id: attr('id'), source: attr('source'), type: attr('type'), subject: attr('subject'), time: attr('time'), payload };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(event.body.toString('utf8'));
  } catch (err) {
    throw new MappingError(`the body is not a CloudEvent: not JSON (${(err as Error).message}) and no ce-id header`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !('specversion' in parsed)) {
    throw new MappingError('the body is not a CloudEvent: a JSON object without specversion');
  }
  const ce = parsed as Record<string, unknown>;
  const text = (k: string): string | undefined => (typeof ce[k] === 'string' ? ce[k] : undefined);
  let payload: IAny | null = null;
  if (typeof ce.data_base64 === 'string') payload = bytesAny(Buffer.from(ce.data_base64, 'base64'));
  else if (ce.data !== undefined && ce.data !== null) payload = jsonAny(JSON.stringify(ce.data));
  return { id: text('id'), source: text('source'), type: text('type'), subject: text('subject'), time: text('time'), payload };
}

function jsonAnyChecked(body: Buffer): IAny {
  const text = body.toString('utf8');
  try {
    JSON.parse(text);
  } catch (err) {
    throw new MappingError(`the CloudEvent's data is not JSON (${(err as Error).message})`);
  }
  return jsonAny(text);
}
