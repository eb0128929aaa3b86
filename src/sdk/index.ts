// TypeScript SDK for actor hosts and callers (HTTP transport, Spawn-compatible).
export {
  SpawnSystem,
  type ActionContext,
  type ActionHandler,
  type ActionResult,
  type ActorDefinition,
  type ActorKind,
  type InvokeOptions,
  type SpawnSystemOptions,
  type WorkflowSteps,
} from './spawn-system';
export { SpawnSdkError, type SpawnSdkErrorCode } from './errors';
export { json, protobuf, toAny, fromAny, JSON_TYPE_URL, type ValueCodec, type ProtobufType } from './values';
