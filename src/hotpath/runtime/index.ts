export { ActorRuntime, type RuntimeOptions, type InvokeResult } from './actor-runtime';
export { LocalDirectory, type ActorDirectory, type Addressable, type Placement, type Target } from './directory';
export { SOLE_OWNERSHIP, type Ownership } from './ownership';
export { ActorMovedError, MAX_HOPS, type ForwardContext, type RemoteRouter } from './remote';
export { Mailbox } from './mailbox';
export { DEFAULT_ACTIONS, INIT_ACTIONS, defineActor, type ActorDefinition } from './definitions';
export { JsStateTable, NativeBackedStateTable, createStateTable, type StateTable } from './state-table';
export { MAX_PAGE, Introspection, type ActivationInfo, type ActivationPage, type ActorDetails, type ActorTypeInfo, type SystemInfo } from './introspection';
