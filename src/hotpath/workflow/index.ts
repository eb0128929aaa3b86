export { WorkflowRunner, type WorkflowRuntime, type TurnOutcome, type Subscriber } from './workflow-runner';
