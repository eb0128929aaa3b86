export { InvocationScheduler, type SchedulerOptions } from './invocation-scheduler';
