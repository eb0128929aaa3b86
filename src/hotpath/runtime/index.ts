export { ActorRuntime, type RuntimeOptions, type InvokeResult } from './actor-runtime';
export { LocalDirectory, type ActorDirectory, type Addressable, type Placement, type Target } from './directory';
export { Mailbox } from './mailbox';
export { DEFAULT_ACTIONS, INIT_ACTIONS, defineActor, type ActorDefinition } from './definitions';
export { JsStateTable, NativeBackedStateTable, createStateTable, type StateTable } from './state-table';
