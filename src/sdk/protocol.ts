// The SDK's view of the generated Spawn protocol (proto/ output only).
import '../hotpath/codec/int64-as-number';
import { eigr, google, spawn_proxy } from '../hotpath/codec/generated/spawn';

export const protocol = eigr.functions.protocol;
export type IAny = google.protobuf.Any.$Properties;
export type IActor = eigr.functions.protocol.actors.Actor.$Properties;
export type IActorId = eigr.functions.protocol.actors.ActorId.$Properties;
export type IContext = eigr.functions.protocol.Context.$Properties;
export type IWorkflow = eigr.functions.protocol.Workflow.$Properties;
export type IInvocationRequest = eigr.functions.protocol.InvocationRequest.$Properties;
export type IActorInvocationResponse = eigr.functions.protocol.ActorInvocationResponse.$Properties;
export const channel = spawn_proxy.channel;
export type IFrame = spawn_proxy.channel.Frame.$Properties;
export type IActorInvocation = eigr.functions.protocol.ActorInvocation.$Properties;
export type IRegistrationRequest = eigr.functions.protocol.RegistrationRequest.$Properties;
export type InvocationResponse = eigr.functions.protocol.InvocationResponse;
export type SpawnResponse = eigr.functions.protocol.SpawnResponse;
