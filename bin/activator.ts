#!/usr/bin/env node
// spawn-activator: turns external events into actor invocations through the proxy (README.md,
// "Activators"). Configuration: the environment, or --flags named after its variables
// (SPAWN_ACTIVATOR_AMQP_QUEUE=orders is --amqp-queue orders); a flag wins over the variable.
import { createLogger } from '../src/control';
import { SpawnError } from '../src/errors';
import { describeActivatorConfig, flagOf, resolveActivator, startActivator } from '../src/activators';

const USAGE = 'usage: spawn-activator [--spec-file FILE] [--check] [--help] [--<setting> VALUE ...]  (settings: --help; or the SPAWN_ACTIVATOR_* variables)';

/** The environment with the command line's flags applied; exits 64 on an unknown or incomplete argument. */
function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): { env: Record<string, string | undefined>; check: boolean } {
  const entries = describeActivatorConfig();
  const byFlag = new Map(entries.map((e) => [flagOf(e.env), e]));
  const out: Record<string, string | undefined> = { ...env };
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n\n`);
      for (const e of entries) process.stdout.write(`  ${flagOf(e.env).padEnd(34)} ${e.env} (default ${e.defaultText}): ${e.description}\n`);
      process.exit(0);
    }
    if (arg === '--check') {
      check = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const entry = byFlag.get(flag);
    if (!entry) usage(`unknown argument '${arg}'`);
    let value: string | undefined = eq > 0 ? arg.slice(eq + 1) : undefined;
    if (value === undefined) {
      const next = argv[i + 1];
      if (entry.type === 'bool' && (next === undefined || next.startsWith('--'))) value = 'true';
      else if (next === undefined) usage(`${flag} needs a value`);
      else {
        value = next;
        i++;
      }
    }
    out[entry.env] = value;
  }
  return { env: out, check };
}

function usage(problem: string): never {
  process.stderr.write(`spawn-activator: ${problem}\n${USAGE}\n`);
  process.exit(64); // EX_USAGE
}

async function main(): Promise<void> {
  const { env, check } = parseArgs(process.argv.slice(2), process.env);
  let resolved;
  try {
    resolved = resolveActivator(env);
  } catch (err) {
    process.stderr.write(`spawn-activator: ${(err as Error).message}\n`);
    process.exit(78); // EX_CONFIG
  }
  if (check) {
    process.stdout.write(JSON.stringify({ spec: resolved.spec, config: resolved.config }, null, 2) + '\n');
    process.exit(0);
  }
  const logger = createLogger(resolved.config.logLevel);
  let running;
  try {
    running = await startActivator(resolved, logger);
  } catch (err) {
    const code = err instanceof SpawnError ? err.code : 'SPAWN_ERR_INTERNAL';
    logger.error('start-up failed', { code, error: (err as Error).message });
    process.exit(code === 'SPAWN_ERR_CONFIG' ? 78 : 1);
  }
  const { spec, config } = resolved;
  process.stdout.write(JSON.stringify({ event: 'listening', port: running.port, bind: config.httpBind, pid: process.pid }) + '\n');
  logger.info('spawn-activator running', {
    name: spec.name,
    type: spec.type,
    bindings: spec.bindings.map((b) => b.name),
    proxy: config.proxyUrl,
    port: running.port,
  });

  let signals = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (++signals > 1) {
      logger.warn('second signal: exiting without waiting', { signal });
      process.exit(130);
    }
    logger.info('stopping', { signal, timeoutMs: config.shutdownTimeoutMs });
    running.stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (err: unknown) => {
        logger.error('stop failed', { error: (err as Error).message });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  process.on('uncaughtException', (err) => logger.error('uncaught exception', { error: err.message, stack: err.stack }));
  process.on('unhandledRejection', (err) => logger.error('unhandled rejection', { error: String(err) }));
}

void main();
