export { WorkflowRunner, type WorkflowRuntime, type TurnOutcome } from './workflow-runner';
export { LocalBroadcastBus, NatsBroadcastBus, broadcastSubject, type BroadcastBus, type BroadcastMessage, type Deliver } from './broadcast-bus';
