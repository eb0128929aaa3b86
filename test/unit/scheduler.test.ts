// The scheduler decides retry vs drop from the error catalogue (src/errors.ts): every code is
// tried once and must take the path its catalogue entry says, and the documented "retried
// until the actor registers" holds for the codes a restarted proxy answers before its hosts
// registered again. Runs the real scheduler on the in-memory store; nothing else.
import t from 'tap';
import { ProxyMetrics, createLogger, type Logger } from '../../src/control';
import { ERROR_CODES, SpawnError, type ErrorCode } from '../../src/errors';
import type { IInvocationRequest } from '../../src/hotpath/codec';
import { InvocationScheduler } from '../../src/hotpath/scheduler';
import { MemoryStateStore } from '../../src/storage';
import { eventually } from '../support/harness';

interface LogLine {
  level: string;
  msg: string;
  code?: string;
  why?: string;
}

function logged(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  return { logger: createLogger('debug', (l) => lines.push(JSON.parse(l) as LogLine)), lines };
}

const request = (actor: string): IInvocationRequest => ({
  system: { name: 'sys' },
  actor: { id: { name: actor, system: 'sys' } },
  actionName: 'tick',
});

const CODES = Object.keys(ERROR_CODES) as ErrorCode[];

t.test('every catalogue code: retried when retryable or not registered yet, dropped with an error log when terminal', async (t) => {
  const store = new MemoryStateStore();
  const metrics = new ProxyMetrics();
  const { logger, lines } = logged();
  const attempts = new Map<string, number>();
  // Each invocation's actor is named after the code its first attempt fails with; the second succeeds.
  const fire = async (req: IInvocationRequest): Promise<void> => {
    const code = req.actor!.id!.name as ErrorCode;
    const n = (attempts.get(code) ?? 0) + 1;
    attempts.set(code, n);
    if (n === 1) throw new SpawnError(code, `first attempt of ${code}`);
  };
  const scheduler = new InvocationScheduler({ store, fire, logger, metrics, pollMs: 20, maxLateMs: 60_000, retryMs: 10 });
  t.teardown(() => scheduler.stop());
  for (const code of CODES) await scheduler.schedule(request(code), Date.now() - 5);
  scheduler.start();

  const retried = CODES.filter((c) => ERROR_CODES[c].retryable || 'awaitsRegistration' in ERROR_CODES[c]);
  const dropped = CODES.filter((c) => !retried.includes(c));
  await eventually(async () =>
    metrics.scheduled.read({ result: 'fired' }) === retried.length && metrics.scheduled.read({ result: 'failed' }) === dropped.length ? true : undefined,
  );
  for (const code of retried) t.equal(attempts.get(code), 2, `${code}: tried again, then fired`);
  for (const code of dropped) {
    t.equal(attempts.get(code), 1, `${code}: terminal, not tried again`);
    t.ok(
      lines.some((l) => l.level === 'error' && l.msg === 'scheduled invocation dropped' && l.code === code && l.why === 'terminal error'),
      `${code}: dropped with an error log`,
    );
  }
  t.same(await store.dueScheduled(Date.now() + 60_000, 100), [], 'nothing left behind');

  // The documented behaviour: a restarted proxy answers these until the hosts registered again.
  for (const code of ['SPAWN_ERR_SYSTEM_NOT_FOUND', 'SPAWN_ERR_ACTOR_NOT_FOUND', 'SPAWN_ERR_TEMPLATE_NOT_FOUND'] as const) {
    t.ok(retried.includes(code), `${code} is retried (scheduler) ...`);
    t.equal(new SpawnError(code, 'x').retryable, false, `... yet terminal for a caller, who is told at once`);
  }
  t.ok(dropped.includes('SPAWN_ERR_ACTION_NOT_FOUND'), 'an action the registered actor lacks is terminal');
  t.ok(retried.includes('SPAWN_ERR_STORE_UNAVAILABLE') && retried.includes('SPAWN_ERR_DRAINING'), 'store down and draining are retried');
});

t.test('a retryable failure past PROXY_SCHEDULER_MAX_LATE_MS is dropped', async (t) => {
  const store = new MemoryStateStore();
  const metrics = new ProxyMetrics();
  const { logger, lines } = logged();
  let attempts = 0;
  const fire = async (): Promise<void> => {
    attempts++;
    throw new SpawnError('SPAWN_ERR_ACTOR_NOT_FOUND', 'never registers');
  };
  const scheduler = new InvocationScheduler({ store, fire, logger, metrics, pollMs: 20, maxLateMs: 150, retryMs: 10 });
  t.teardown(() => scheduler.stop());
  await scheduler.schedule(request('late'), Date.now() - 5);
  scheduler.start();
  await eventually(async () => (metrics.scheduled.read({ result: 'failed' }) === 1 ? true : undefined));
  t.ok(attempts > 1, `retried while not too late (${attempts} attempts)`);
  t.ok(
    lines.some((l) => l.msg === 'scheduled invocation dropped' && /still failing after PROXY_SCHEDULER_MAX_LATE_MS/.test(l.why ?? '')),
    'the drop says why',
  );
  t.same(await store.dueScheduled(Date.now() + 60_000, 10), []);
});

t.test('stopping: a row the draining proxy refuses is kept, and rows not claimed yet stay', async (t) => {
  const store = new MemoryStateStore();
  const { logger } = logged();
  const holder: { scheduler?: InvocationScheduler } = {};
  let stopped: Promise<void> | undefined;
  const fired: string[] = [];
  const fire = async (req: IInvocationRequest): Promise<void> => {
    fired.push(req.actor!.id!.name!);
    stopped ??= holder.scheduler!.stop(); // the proxy starts draining while the first row fires
    throw new SpawnError('SPAWN_ERR_DRAINING', 'the proxy is shutting down');
  };
  const scheduler = (holder.scheduler = new InvocationScheduler({ store, fire, logger, metrics: new ProxyMetrics(), pollMs: 60_000, maxLateMs: 60_000 }));
  const due = Date.now() - 100;
  for (const name of ['a', 'b', 'c']) await scheduler.schedule(request(name), due);
  scheduler.poll();
  await eventually(async () => (stopped ? true : undefined));
  await stopped;
  t.equal(fired.length, 1, 'no row is claimed once stopping');
  const left = await store.dueScheduled(Date.now() + 60_000, 10);
  t.equal(left.length, 3, 'all three rows are still stored for the next start (the refused one put back)');
});
