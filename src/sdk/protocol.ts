// The Spawn protocol as hosts and callers see it (`spawn-proxy/protocol`): the message
// classes generated from proto/ (scripts/gen-proto.mjs, module src/sdk/generated) and
// helpers for their 64-bit fields.
//
// This module leaves protobufjs' global configuration alone: a program that loads it keeps
// Long support, so its own int64 fields keep their 64 bits. int64 fields of these messages
// therefore decode as Long where protobufjs has Long (the normal case) and as number where
// a program switched it off; they are typed `number | Long`, and int64ToNumber() reads
// either. The proxy's own codec (src/hotpath/codec) is a separate module for its process.
import { eigr, google, spawn_proxy } from './generated/spawn';

export { eigr, google, spawn_proxy };

export const protocol = eigr.functions.protocol;
export const actors = eigr.functions.protocol.actors;
/** Frames of the host channel (proto/spawn_proxy/host_channel.proto). */
export const channel = spawn_proxy.channel;

export type IAny = google.protobuf.Any.$Properties;
export type IActor = eigr.functions.protocol.actors.Actor.$Properties;
export type IActorId = eigr.functions.protocol.actors.ActorId.$Properties;
export type IContext = eigr.functions.protocol.Context.$Properties;
export type IWorkflow = eigr.functions.protocol.Workflow.$Properties;
export type IInvocationRequest = eigr.functions.protocol.InvocationRequest.$Properties;
export type IActorInvocation = eigr.functions.protocol.ActorInvocation.$Properties;
export type IActorInvocationResponse = eigr.functions.protocol.ActorInvocationResponse.$Properties;
export type IRegistrationRequest = eigr.functions.protocol.RegistrationRequest.$Properties;
export type IFrame = spawn_proxy.channel.Frame.$Properties;
export type InvocationResponse = eigr.functions.protocol.InvocationResponse;
export type SpawnResponse = eigr.functions.protocol.SpawnResponse;

/** What protobufjs gives for an int64 field: a number, or a Long (`long` package) when Long support is on. */
export type Int64 = number | { low: number; high: number; unsigned: boolean; toNumber(): number; toString(radix?: number): string };

/**
 * An int64 field as a number. Throws a RangeError for values a number cannot hold exactly
 * (beyond ±2^53): the Spawn protocol's int64 fields (milliseconds, revisions, frame ids)
 * never get there, so such a value is a bug, not something to round.
 */
export function int64ToNumber(value: Int64 | null | undefined): number {
  if (value === null || value === undefined) return 0;
  const n = typeof value === 'number' ? value : value.toNumber();
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`int64 value ${typeof value === 'number' ? value : value.toString()} is beyond what a number holds exactly (±2^53)`);
  }
  return n;
}
