// The command lines: `spawn-operator` (bin/operator.ts) and `spawn-proxy render` (bin/proxy.ts).
// Both refuse what they do not know with their usage line (exit 64, EX_USAGE).
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { hostname } from 'node:os';
import { parseArgs } from 'node:util';
import { createLogger, LOG_LEVELS, type LogLevel } from '../control';
import { KubeApi } from './kube-api';
import { LEASE_NAME } from './manifests';
import { DEFAULT_PROXY_IMAGE } from './names';
import { Operator } from './operator';
import { SpecError } from './render-system';
import { parseDocuments, renderDocuments, toYaml } from './render';

const RENDER_USAGE = 'usage: spawn-proxy render -f FILE|- [-o yaml|json] [--namespace NS] [--proxy-image IMAGE]';
const OPERATOR_USAGE =
  'usage: spawn-operator [--kubeconfig PATH] [--namespace NS] [--proxy-image IMAGE] [--lease-name NAME] [--lease-namespace NS] ' +
  '[--identity ID] [--lease-duration-seconds N] [--renew-deadline-ms N] [--retry-period-ms N] [--health-port N] [--log-level debug|info|warn|error]';

class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => string;
}

const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: () => readFileSync(0, 'utf8'),
};

type Options = Record<string, { type: 'string' | 'boolean'; short?: string }>;

function parse(argv: string[], options: Options, usage: string): { values: Record<string, string | boolean | undefined> } {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false });
  } catch (err) {
    throw new UsageError((err as Error).message, usage);
  }
}

function integer(name: string, text: string | undefined, fallback: number, usage: string, min = 0): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min) throw new UsageError(`--${name} must be an integer ≥ ${min} (got '${text}')`, usage);
  return n;
}

/** `spawn-proxy render …`: returns the exit code. */
export function runRender(argv: string[], io: Io = processIo): number {
  try {
    const { values } = parse(
      argv,
      {
        file: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        namespace: { type: 'string', short: 'n' },
        'proxy-image': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      RENDER_USAGE,
    );
    if (values.help) {
      io.stdout(`${RENDER_USAGE}\n`);
      return 0;
    }
    const file = values.file as string | undefined;
    if (!file) throw new UsageError('-f FILE is required', RENDER_USAGE);
    const output = (values.output as string | undefined) ?? 'yaml';
    if (output !== 'yaml' && output !== 'json') throw new UsageError(`-o must be yaml or json (got '${output}')`, RENDER_USAGE);
    let text: string;
    try {
      text = file === '-' ? io.readStdin() : readFileSync(file, 'utf8');
    } catch (err) {
      io.stderr(`spawn-proxy render: cannot read ${file}: ${(err as Error).message}\n`);
      return 66; // EX_NOINPUT
    }
    const result = renderDocuments(parseDocuments(text), {
      namespace: (values.namespace as string | undefined) ?? 'default',
      proxyImage: (values['proxy-image'] as string | undefined) ?? DEFAULT_PROXY_IMAGE,
    });
    for (const note of result.notes) io.stderr(`spawn-proxy render: note: ${note}\n`);
    io.stdout(output === 'json' ? `${JSON.stringify({ apiVersion: 'v1', kind: 'List', items: result.objects }, null, 2)}\n` : toYaml(result.objects));
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`spawn-proxy render: ${err.message}\n${err.usage}\n`);
      return 64;
    }
    if (err instanceof SpecError) {
      for (const p of err.problems) io.stderr(`spawn-proxy render: ${p}\n`);
      return 65; // EX_DATAERR
    }
    throw err;
  }
}

interface OperatorArgs {
  kubeconfig?: string;
  namespace?: string;
  proxyImage: string;
  leaseName: string;
  leaseNamespace: string;
  identity: string;
  leaseDurationSeconds: number;
  renewDeadlineMs: number;
  retryPeriodMs: number;
  healthPort: number;
  logLevel: LogLevel;
}

/** The operator's options from its arguments (its Deployment passes the pod's name and namespace as $(POD_NAME), $(POD_NAMESPACE)). */
function parseOperatorArgs(argv: string[]): OperatorArgs | 'help' {
  const u = OPERATOR_USAGE;
  const { values: v } = parse(
    argv,
    {
      kubeconfig: { type: 'string' },
      namespace: { type: 'string' },
      'proxy-image': { type: 'string' },
      'lease-name': { type: 'string' },
      'lease-namespace': { type: 'string' },
      identity: { type: 'string' },
      'lease-duration-seconds': { type: 'string' },
      'renew-deadline-ms': { type: 'string' },
      'retry-period-ms': { type: 'string' },
      'health-port': { type: 'string' },
      'log-level': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    u,
  );
  if (v.help) return 'help';
  const s = (k: string): string | undefined => v[k] as string | undefined;
  const logLevel = s('log-level') ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(', ')} (got '${logLevel}')`, u);
  const leaseDurationSeconds = integer('lease-duration-seconds', s('lease-duration-seconds'), 15, u, 1);
  const renewDeadlineMs = integer('renew-deadline-ms', s('renew-deadline-ms'), 10_000, u, 1);
  const retryPeriodMs = integer('retry-period-ms', s('retry-period-ms'), 2_000, u, 1);
  if (renewDeadlineMs >= leaseDurationSeconds * 1000) throw new UsageError('--renew-deadline-ms must be shorter than the lease duration', u);
  if (retryPeriodMs >= renewDeadlineMs) throw new UsageError('--retry-period-ms must be shorter than --renew-deadline-ms', u);
  return {
    kubeconfig: s('kubeconfig'),
    namespace: s('namespace'),
    proxyImage: s('proxy-image') ?? DEFAULT_PROXY_IMAGE,
    leaseName: s('lease-name') ?? LEASE_NAME,
    leaseNamespace: s('lease-namespace') ?? 'default',
    // In a pod the host name is the pod's name.
    identity: s('identity') ?? `${hostname()}-${process.pid}`,
    leaseDurationSeconds,
    renewDeadlineMs,
    retryPeriodMs,
    healthPort: integer('health-port', s('health-port'), 8081, u, 0),
    logLevel: logLevel as LogLevel,
  };
}

/**
 * The operator process: campaigns for the lease, reconciles while leading, serves /healthz.
 * Prints `{"event":"listening","port":N}` and `{"event":"leading",...}` on stdout for scripts.
 * Exits 0 after SIGTERM/SIGINT (handing the lease back), 1 when the lease is lost.
 */
export async function runOperator(argv: string[]): Promise<void> {
  let args: OperatorArgs | 'help';
  try {
    args = parseOperatorArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`spawn-operator: ${err.message}\n${err.usage}\n`);
    process.exit(64);
  }
  if (args === 'help') {
    process.stdout.write(`${OPERATOR_USAGE}\n`);
    process.exit(0);
  }
  const a = args;
  const logger = createLogger(a.logLevel);
  const api = await KubeApi.connect({ kubeconfigPath: a.kubeconfig, userAgent: `spawn-operator/${a.identity}` });
  const operator = new Operator({
    api,
    logger,
    proxyImage: a.proxyImage,
    namespace: a.namespace,
    leader: {
      namespace: a.leaseNamespace,
      name: a.leaseName,
      identity: a.identity,
      leaseDurationSeconds: a.leaseDurationSeconds,
      renewDeadlineMs: a.renewDeadlineMs,
      retryPeriodMs: a.retryPeriodMs,
    },
    onLeading: () => process.stdout.write(`${JSON.stringify({ event: 'leading', identity: a.identity })}\n`),
    onLeadershipLost: () => process.exit(1),
  });
  const health = http.createServer((req, res) => {
    const ok = req.url === '/healthz';
    res.writeHead(ok ? 200 : 404, { 'content-type': 'application/json' });
    res.end(ok ? JSON.stringify({ status: 'up', leading: operator.leading }) : '{}');
  });
  await new Promise<void>((resolve, reject) => {
    health.once('error', reject);
    health.listen(a.healthPort, () => resolve());
  });
  const port = (health.address() as { port: number }).port;
  process.stdout.write(`${JSON.stringify({ event: 'listening', port, pid: process.pid })}\n`);
  logger.info('spawn-operator started', {
    identity: a.identity,
    lease: `${a.leaseNamespace}/${a.leaseName}`,
    namespace: a.namespace ?? '(all)',
    healthPort: port,
  });
  operator.start();

  let signals = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (++signals > 1) process.exit(130);
    logger.info('stopping', { signal });
    health.close();
    operator.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error('stop failed', { error: err });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
