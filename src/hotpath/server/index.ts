export { HttpServer, uwsIsNative, PROXY_NAME, type HttpServerOptions } from './http-server';
