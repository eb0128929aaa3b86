// Shared by the operator tests: the fake API server, an in-process operator against it, and
// polling with a bounded deadline (no fixed sleeps).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, type Logger } from '../../src/control';
import { exampleResources, KubeApi, Operator } from '../../src/operator';
import { FakeApiServer, type Obj } from './fake-apiserver';

interface Teardown {
  teardown(fn: () => unknown): void;
}

/** Polls `check` every 20 ms until it returns something truthy; fails naming `what` after `timeoutMs`. */
export async function until<T>(what: string, check: () => T | Promise<T>, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${(last as Error).message})` : ''}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function startFakeApi(t: Teardown): Promise<{ server: FakeApiServer; kubeconfig: string; dir: string }> {
  const server = new FakeApiServer();
  await server.start();
  const dir = mkdtempSync(join(tmpdir(), 'spawn-operator-'));
  const kubeconfig = server.writeKubeconfig(join(dir, 'kubeconfig'));
  t.teardown(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return { server, kubeconfig, dir };
}

export interface RunningOperator {
  operator: Operator;
  api: KubeApi;
  logs: string[];
  identity: string;
  stop(): Promise<void>;
}

let counter = 0;

/** An operator in this process against the fake server, with short leases and backoff. */
export async function startOperator(t: Teardown, kubeconfig: string, identity = `test-${++counter}`): Promise<RunningOperator> {
  const logs: string[] = [];
  const logger: Logger = createLogger('debug', (line) => logs.push(line));
  const api = await KubeApi.connect({ kubeconfigPath: kubeconfig, userAgent: `spawn-operator/${identity}`, timeoutMs: 5000 });
  const operator = new Operator({
    api,
    logger,
    proxyImage: 'spawn-proxy:test',
    leader: { namespace: 'spawn-operator', name: 'spawn-operator', identity, leaseDurationSeconds: 2, renewDeadlineMs: 1500, retryPeriodMs: 100 },
    backoff: { baseMs: 50, maxMs: 500 },
  });
  operator.start();
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await operator.stop();
  };
  t.teardown(stop);
  await until(`${identity} to lead`, () => operator.leading);
  return { operator, api, logs, identity, stop };
}

/** The example's credentials Secret, ActorSystem, ActorHost and Activator, in namespace `ns`. */
export function example(ns = 'default'): { secret: Obj; system: Obj; host: Obj; activator: Obj } {
  const [secret, system, host, activator] = structuredClone(exampleResources(ns)) as Obj[];
  return { secret: secret!, system: system!, host: host!, activator: activator! };
}

export const condition = (o: Obj | undefined, type: string): Obj | undefined => (o?.status?.conditions as Obj[] | undefined)?.find((c) => c.type === type);

/** What a Deployment controller would report once `d` is rolled out and available. */
export function rolledOut(d: Obj, replicas = d.spec?.replicas ?? 1): Obj {
  return {
    observedGeneration: d.metadata.generation,
    replicas,
    updatedReplicas: replicas,
    readyReplicas: replicas,
    availableReplicas: replicas,
    conditions: [{ type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable', message: 'ok' }],
  };
}

/** Writes except those on the leader Lease (leases are renewed all the time). */
export function resourceWrites(server: FakeApiServer, since = 0): string[] {
  return server.requests
    .slice(since)
    .filter((r) => r.method !== 'GET' && !r.path.includes('/leases'))
    .map((r) => `${r.method} ${r.path}`);
}
