// Protobuf codec for the Spawn protocol. The message classes are generated from proto/
// (scripts/gen-proto.mjs); this module gives them short names, turns decode failures into
// SpawnErrors, and reads Spawn 0.5 shapes into the 1.x ones the runtime works with.
import './int64-as-number';
import { eigr, google, spawn_proxy } from './generated/spawn';
import { SpawnError } from '../../errors';
import { decodeLenient, recheckRegistration } from './lenient';

export const protocol = eigr.functions.protocol;
export const actors = eigr.functions.protocol.actors;
export const stateProto = eigr.functions.protocol.state;
export const compat05 = spawn_proxy.compat.v0_5;
export const Any = google.protobuf.Any;

export type IAny = google.protobuf.Any.$Properties;
export type IActorId = eigr.functions.protocol.actors.ActorId.$Properties;
export type IActor = eigr.functions.protocol.actors.Actor.$Properties;
export type IActorState = eigr.functions.protocol.actors.ActorState.$Properties;
export type IActorSystem = eigr.functions.protocol.actors.ActorSystem.$Properties;
export type IChannel = eigr.functions.protocol.actors.Channel.$Properties;
export type IContext = eigr.functions.protocol.Context.$Properties;
export type IRegistrationRequest = eigr.functions.protocol.RegistrationRequest.$Properties;
export type ISpawnRequest = eigr.functions.protocol.SpawnRequest.$Properties;
export type IInvocationRequest = eigr.functions.protocol.InvocationRequest.$Properties;
export type IInvocationResponse = eigr.functions.protocol.InvocationResponse.$Properties;
export type IActorInvocation = eigr.functions.protocol.ActorInvocation.$Properties;
export type IActorInvocationResponse = eigr.functions.protocol.ActorInvocationResponse.$Properties;
export type IWorkflow = eigr.functions.protocol.Workflow.$Properties;
export type IRequestStatus = eigr.functions.protocol.RequestStatus.$Properties;

export const Kind = eigr.functions.protocol.actors.Kind;
export const Status = eigr.functions.protocol.Status;

const REGISTRATION_REQUEST = protocol.RegistrationRequest;

interface Decoder<T> {
  decode(reader: Uint8Array): T;
}

/**
 * Decodes `bytes` as `type`, turning any decoder error into SPAWN_ERR_BAD_PROTOBUF.
 *
 * Registrations, invocations and host replies that fail the strict decode get a second try
 * that reads Spawn 0.5 string `Metadata.channel_group` entries as topics (lenient.ts: sent by
 * the Python SDK); when that does not help either, the strict decoder's error is reported.
 */
export function decodeMessage<T>(type: Decoder<T>, typeName: string, bytes: Uint8Array): T {
  let message: T;
  try {
    message = type.decode(bytes);
  } catch (err) {
    const lenient = decodeLenient(type, bytes) as T | undefined;
    if (lenient !== undefined) return lenient;
    throw new SpawnError('SPAWN_ERR_BAD_PROTOBUF', `body is not a valid ${typeName} (${bytes.length} bytes): ${(err as Error).message}`, { cause: err });
  }
  // A 0.5 string channel can also read as a Channel without a topic: only registrations are
  // checked for that (a walk over the registered actors' channels).
  if ((type as unknown) === REGISTRATION_REQUEST) {
    return recheckRegistration(message as eigr.functions.protocol.RegistrationRequest, bytes) as T;
  }
  return message;
}

// --- Spawn 0.5 (PROXY_PROTOCOL_COMPAT=0.5) ---------------------------------------------------

type V05Actor = spawn_proxy.compat.v0_5.Actor.$Properties;
type V05ActorSystem = spawn_proxy.compat.v0_5.ActorSystem.$Properties;

// 0.5 numbers: 0 = unknown (singleton), 1 = ABSTRACT, 2 = SINGLETON, 3 = POOLED, 4 = PROXY.
function kindFromV05(kind: number | null | undefined): number {
  switch (kind ?? 0) {
    case 1:
      return Kind.UNNAMED;
    case 2:
      return Kind.NAMED;
    default:
      return kind ?? 0;
  }
}

function actorFromV05(a: V05Actor | null | undefined): IActor | undefined {
  if (!a) return undefined;
  const channel = a.metadata?.channelGroup;
  return {
    id: a.id,
    state: a.state,
    settings: a.settings ? { ...a.settings, kind: kindFromV05(a.settings.kind) } : a.settings,
    actions: a.commands,
    timerActions: a.timerCommands,
    metadata: a.metadata ? { channelGroup: channel ? [{ topic: channel, action: '' }] : [], tags: a.metadata.tags } : undefined,
  };
}

function systemFromV05(s: V05ActorSystem | null | undefined): IActorSystem | undefined {
  if (!s) return undefined;
  const out: Record<string, IActor> = {};
  for (const [name, a] of Object.entries(s.registry?.actors ?? {})) {
    const actor = actorFromV05(a);
    if (actor) out[name] = actor;
  }
  return { name: s.name, registry: { actors: out } };
}

export function registrationFromV05(bytes: Uint8Array): IRegistrationRequest {
  const r = decodeMessage(compat05.RegistrationRequest, 'RegistrationRequest (Spawn 0.5)', bytes);
  return { serviceInfo: r.serviceInfo, actorSystem: systemFromV05(r.actorSystem) };
}

type V05Invocation = spawn_proxy.compat.v0_5.InvocationRequest.$Properties;

function invocationFromV05Message(r: V05Invocation): IInvocationRequest {
  return {
    system: systemFromV05(r.system),
    actor: actorFromV05(r.actor),
    actionName: r.commandName,
    value: r.value,
    noop: r.noop,
    async: r.async,
    caller: r.caller,
    metadata: r.metadata,
    scheduledTo: r.scheduledTo,
    pooled: r.pooled,
  };
}

export function invocationFromV05(bytes: Uint8Array): IInvocationRequest {
  return invocationFromV05Message(decodeMessage(compat05.InvocationRequest, 'InvocationRequest (Spawn 0.5)', bytes));
}

/**
 * A 0.5 host's reply. 0.5 broadcasts name the subscribers' action in the message itself
 * (Broadcast.command_name); it is returned beside the 1.x-shaped response.
 */
export function hostResponseFromV05(bytes: Uint8Array): {
  response: IActorInvocationResponse;
  broadcastAction: string | undefined;
} {
  const r = decodeMessage(compat05.ActorInvocationResponse, 'ActorInvocationResponse (Spawn 0.5)', bytes);
  const wf = r.workflow;
  const workflow: IWorkflow | undefined = wf
    ? {
        effects: (wf.effects ?? []).map((e) => ({ request: e.request ? invocationFromV05Message(e.request) : undefined })),
        broadcast: wf.broadcast ? { channelGroup: wf.broadcast.channelGroup, value: wf.broadcast.value, noop: wf.broadcast.noop } : undefined,
        pipe: wf.pipe,
        forward: wf.forward,
      }
    : undefined;
  return {
    response: {
      actorName: r.actorName,
      actorSystem: r.actorSystem,
      updatedContext: r.updatedContext,
      value: r.value,
      noop: r.noop,
      workflow,
    },
    broadcastAction: wf?.broadcast?.commandName || undefined,
  };
}

export type RegistrationResponse = eigr.functions.protocol.RegistrationResponse;
export type InvocationResponse = eigr.functions.protocol.InvocationResponse;
export type IV05Actor = spawn_proxy.compat.v0_5.Actor.$Properties;

/** Frames of the host channel (proto/spawn_proxy/host_channel.proto). */
export const channel = spawn_proxy.channel;
export type IFrame = spawn_proxy.channel.Frame.$Properties;

export { encodeActorInvocation, encodeInvocationFrame, encodeInvocationResponse } from './hot-encoders';
export { broadcastActionOf, rewriteStringChannels, stringChannelTopic } from './lenient';
