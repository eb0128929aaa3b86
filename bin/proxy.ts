#!/usr/bin/env node
// spawn-proxy: the sidecar. Configuration comes from the environment (README.md).
//   spawn-proxy                  start the proxy
//   spawn-proxy render -f FILE   print the Kubernetes objects for ActorSystem/ActorHost/Activator resources
//   spawn-proxy actors ls|show   what a running proxy holds (its introspection API)
import { createLogger, loadConfig, runActorsCli } from '../src/control';
import { SpawnError } from '../src/errors';
import { nativeStatus, startProxy } from '../src/hotpath';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    process.stderr.write(`spawn-proxy: ${(err as Error).message}\n`);
    process.exit(78); // EX_CONFIG
  }
  const logger = createLogger(config.logLevel);
  let proxy;
  try {
    proxy = await startProxy(config, logger);
  } catch (err) {
    const code = err instanceof SpawnError ? err.code : 'SPAWN_ERR_INTERNAL';
    logger.error('start-up failed', { code, error: (err as Error).message });
    process.exit(err instanceof SpawnError && err.code === 'SPAWN_ERR_CONFIG' ? 78 : 1);
  }
  // One machine-readable line on stdout, so scripts and tests learn the port (PROXY_HTTP_PORT=0).
  process.stdout.write(JSON.stringify({ event: 'listening', port: proxy.port, bind: config.http.bind, pid: process.pid }) + '\n');
  const native = nativeStatus();
  logger.info('spawn-proxy listening', {
    port: proxy.port,
    bind: config.http.bind,
    store: proxy.store.kind,
    native: native.loaded ? 'loaded' : `not loaded: ${native.reason}`,
  });

  let signals = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (++signals > 1) {
      logger.warn('second signal: exiting without waiting for the drain', { signal });
      process.exit(130);
    }
    logger.info('draining', { signal, timeoutMs: config.shutdownTimeoutMs });
    proxy.stop().then(
      (pending) => {
        if (pending.length === 0) {
          logger.info('stopped');
          process.exit(0);
        }
        logger.error('shutdown timed out (PROXY_SHUTDOWN_TIMEOUT_MS): exiting with work left undone', { timeoutMs: config.shutdownTimeoutMs, pending });
        process.exit(1);
      },
      (err) => {
        logger.error('stop failed', { error: (err as Error).message });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  // The process never dies on one bad request; log and go on.
  process.on('uncaughtException', (err) => logger.error('uncaught exception', { error: err.message, stack: err.stack }));
  process.on('unhandledRejection', (err) => logger.error('unhandled rejection', { error: String(err) }));
}

const USAGE =
  'usage: spawn-proxy                 start the proxy (configured by environment variables: README.md)\n       spawn-proxy render -f FILE   print the Kubernetes objects for the ActorSystems, ActorHosts and Activators in FILE\n       spawn-proxy actors ls|show   what a running proxy holds (spawn-proxy actors --help)';

const args = process.argv.slice(2);
if (args.length === 0) {
  void main();
} else if (args[0] === 'render') {
  // Loaded only here: starting the proxy never loads the operator's code.
  import('../src/operator').then(
    ({ runRender }) => {
      process.exitCode = runRender(args.slice(1));
    },
    (err: unknown) => {
      process.stderr.write(`spawn-proxy render: ${(err as Error).message}\n`);
      process.exitCode = 1;
    },
  );
} else if (args[0] === 'actors') {
  // A client of a running proxy: its address and token default to this environment's settings
  // (inside the proxy's container they are the proxy's own).
  let defaults = { url: 'http://127.0.0.1:9001' } as { url: string; token?: string };
  try {
    const { http } = loadConfig();
    const any = ['0.0.0.0', '::', ''].includes(http.bind);
    const host = any ? '127.0.0.1' : http.bind.includes(':') ? `[${http.bind}]` : http.bind;
    defaults = { url: `http://${host}:${http.port}`, ...(http.adminToken ? { token: http.adminToken.reveal() } : {}) };
  } catch (err) {
    process.stderr.write(`spawn-proxy actors: ignoring this environment's proxy settings: ${(err as Error).message}\n`);
  }
  runActorsCli(args.slice(1), defaults, { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) }).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      process.stderr.write(`spawn-proxy actors: ${(err as Error).stack}\n`);
      process.exitCode = 1;
    },
  );
} else if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
  process.stdout.write(`${USAGE}\n`);
} else {
  process.stderr.write(`spawn-proxy: unknown argument '${args[0]}'\n${USAGE}\n`);
  process.exitCode = 64; // EX_USAGE
}
