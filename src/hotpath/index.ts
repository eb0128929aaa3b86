// Data plane: everything an invocation touches.
export { HttpServer, uwsIsNative, type HttpServerOptions } from './server';
export { ActorRuntime, type RuntimeOptions } from './runtime';
export { HttpHostClient, type HostClient } from './host';
export { startProxy, type RunningProxy } from './proxy';
export { configureNative, nativeAddon, nativeStatus, type NativeStatus } from './native';
