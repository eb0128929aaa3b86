// TypeScript SDK for actor hosts and callers (`spawn-proxy/sdk`): host channel or Spawn's
// HTTP protocol. The protocol's generated messages are `spawn-proxy/protocol` (./protocol).
export {
  SpawnSystem,
  defineActor,
  type ActionContext,
  type ActionHandler,
  type ActionName,
  type ActionResult,
  type ActionSpec,
  type ActorActions,
  type ActorDefinition,
  type ActorKind,
  type InvokeOptions,
  type SpawnSystemOptions,
  type WorkflowSteps,
} from './spawn-system';
export { SpawnSdkError, type SpawnSdkErrorCode } from './errors';
export { json, protobuf, toAny, fromAny, JSON_TYPE_URL, type ValueCodec, type ProtobufType } from './values';
