// Cron activator (croner parses the schedules): each binding's schedule invokes its sinks at
// every tick. With several replicas a tick fires once: before firing, a replica claims the
// tick — `<activator>.<binding>.<tick ms>` — with a create-only put in a JetStream key-value
// bucket, which exactly one replica wins. A replica that wins and dies before invoking loses
// that tick (at most once per tick); a tick missed while no replica ran is not fired later.
//
// Spawn HEAD's operator turns each `bindings.sources[{name, expr}]` into a Kubernetes
// CronJob; here one long-running process (a Deployment of any size) does the same.
import { Kvm, type KV } from '@nats-io/kv';
import { JetStreamApiError } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { Cron } from 'croner';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Activator, ActivatorContext, ActivatorPlugin } from '../activator';
import type { ActivatorConfig } from '../config-schema';
import type { InboundEvent } from '../mapping';
import { configError } from '../../control';
import type { BindingSpec, SpecReader } from '../spec';
import { connectNats, natsToken } from './nats';
import { settleBy } from './rabbitmq';

export interface CronSource {
  readonly expression: string;
  readonly timezone: string;
  /** JSON text of every tick's payload; empty: none. */
  readonly payload: string;
}

/** KV "wrong last sequence": the key exists, another replica claimed the tick. */
const WRONG_LAST_SEQUENCE = 10071;
const CLAIM_TTL_MS = 24 * 3600_000;
/** setTimeout's longest delay is ~24.8 days; a tick farther away is waited for in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

function schedule(expression: string, timezone: string, where: string): Cron {
  try {
    return new Cron(expression, { timezone, paused: true });
  } catch (err) {
    throw configError(
      where,
      "a cron expression: 5 fields, or 6 with seconds first (e.g. '*/5 * * * *', '*/10 * * * * *'), and a valid time zone",
      `got '${expression}' in ${timezone}: ${(err as Error).message}`,
    );
  }
}

function payloadText(read: SpecReader, fallback: string): string {
  const node = read.at('payload');
  if (!node.present) return fallback;
  // A payload is JSON data; a string is taken as JSON text when it parses, else as a JSON string.
  if (typeof node.value === 'string') {
    try {
      JSON.parse(node.value);
      return node.value;
    } catch {
      return JSON.stringify(node.value);
    }
  }
  return JSON.stringify(node.value);
}

export const cronPlugin: ActivatorPlugin<CronSource> = {
  type: 'cron',
  aliases: ['scheduler'],
  parseSource(read: SpecReader, config: ActivatorConfig): CronSource {
    const exprNode = read.at('expr').present ? read.at('expr') : read.at('schedule');
    const expression = exprNode.name();
    const timezone = read.at('timezone').str()?.trim() || config.cron.timezone;
    schedule(expression, timezone, exprNode.path);
    return { expression, timezone, payload: payloadText(read, config.cron.payload) };
  },
  sourceFromEnv(config: ActivatorConfig): CronSource {
    if (!config.cron.expression) throw configError('SPAWN_ACTIVATOR_CRON', 'the schedule of a cron activator', 'got nothing');
    schedule(config.cron.expression, config.cron.timezone, 'SPAWN_ACTIVATOR_CRON');
    if (config.cron.payload) {
      try {
        JSON.parse(config.cron.payload);
      } catch (err) {
        throw configError('SPAWN_ACTIVATOR_CRON_PAYLOAD', 'JSON text', `${(err as Error).message}`);
      }
    }
    return { expression: config.cron.expression, timezone: config.cron.timezone, payload: config.cron.payload };
  },
  create(ctx: ActivatorContext, bindings: ReadonlyArray<BindingSpec<CronSource>>): Activator {
    return new CronActivator(ctx, bindings);
  },
};

class CronActivator implements Activator {
  readonly #ctx: ActivatorContext;
  readonly #bindings: ReadonlyArray<BindingSpec<CronSource>>;
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #inFlight = new Set<Promise<void>>();
  readonly #replica = `${hostname()}/${process.pid}-${randomBytes(3).toString('hex')}`;
  #nc: NatsConnection | undefined;
  #kv: KV | undefined;
  #running = false;

  constructor(ctx: ActivatorContext, bindings: ReadonlyArray<BindingSpec<CronSource>>) {
    this.#ctx = ctx;
    this.#bindings = bindings;
  }

  async start(): Promise<void> {
    const { config, logger, spec } = this.#ctx;
    if (config.cron.claim === 'nats') {
      this.#nc = await connectNats(config.nats.servers, `spawn-activator ${spec.name}`, logger, config.reconnectMaxBackoffMs);
      this.#kv = await new Kvm(this.#nc).create(config.cron.claimBucket, { ttl: CLAIM_TTL_MS, history: 1 });
    }
    this.#running = true;
    for (const b of this.#bindings) {
      const cron = schedule(b.source.expression, b.source.timezone, b.name);
      this.#arm(b, cron, Date.now());
      logger.info('cron: scheduled', {
        binding: b.name,
        expression: b.source.expression,
        timezone: b.source.timezone,
        next: cron.nextRun()?.toISOString(),
        claim: config.cron.claim,
      });
    }
  }

  ready(): boolean {
    return this.#running && (this.#nc === undefined || !this.#nc.isClosed());
  }

  async stop(deadline: number): Promise<void> {
    this.#running = false;
    for (const t of this.#timers) clearTimeout(t);
    this.#timers.clear();
    await settleBy([...this.#inFlight], deadline);
    await this.#nc?.drain().catch(() => undefined);
  }

  /** Arms the timer of the first tick after `after` (epoch ms). */
  #arm(b: BindingSpec<CronSource>, cron: Cron, after: number): void {
    if (!this.#running) return;
    const next = cron.nextRun(new Date(after));
    if (!next) return;
    const at = next.getTime();
    const wait = (): void => {
      const delay = at - Date.now();
      const timer = setTimeout(
        () => {
          this.#timers.delete(timer);
          if (Date.now() < at) return wait();
          this.#arm(b, cron, at);
          this.#fire(b, at);
        },
        Math.max(0, Math.min(delay, MAX_TIMER_MS)),
      );
      this.#timers.add(timer);
    };
    wait();
  }

  #fire(b: BindingSpec<CronSource>, tick: number): void {
    const work = this.#claimAndInvoke(b, tick)
      .catch((err: unknown) =>
        this.#ctx.logger.error('cron: tick failed', { binding: b.name, tick: new Date(tick).toISOString(), error: (err as Error).message }),
      )
      .finally(() => this.#inFlight.delete(work));
    this.#inFlight.add(work);
  }

  async #claimAndInvoke(b: BindingSpec<CronSource>, tick: number): Promise<void> {
    const { metrics, logger, spec } = this.#ctx;
    const iso = new Date(tick).toISOString();
    if (this.#kv) {
      const key = `${natsToken(spec.name)}.${natsToken(b.name)}.${tick}`;
      try {
        await this.#kv.create(key, this.#replica);
      } catch (err) {
        if (err instanceof JetStreamApiError && err.code === WRONG_LAST_SEQUENCE) {
          metrics.cronTicks.inc({ binding: b.name, result: 'claimed-elsewhere' });
          logger.debug('cron: tick claimed by another replica', { binding: b.name, tick: iso });
        } else {
          metrics.cronTicks.inc({ binding: b.name, result: 'claim-failed' });
          logger.error('cron: could not claim the tick; not fired', { binding: b.name, tick: iso, error: (err as Error).message });
        }
        return;
      }
    }
    metrics.cronTicks.inc({ binding: b.name, result: 'fired' });
    const event: InboundEvent = {
      body: Buffer.from(b.source.payload, 'utf8'),
      metadata: { 'cron-tick': iso, 'cron-schedule': b.source.expression, 'cron-binding': b.name },
      headerKeys: ['cron-tick', 'cron-schedule'],
      messageId: `${spec.name}/${b.name}/${tick}`,
      contentType: 'application/json',
    };
    const outcome = await this.#ctx.dispatcher.dispatch(b, event, { priorDeliveries: 0, live: () => this.#running });
    if (outcome.kind === 'dead-letter') {
      metrics.deadLettered.inc({ binding: b.name, code: outcome.code });
      logger.error('cron: tick failed for good (a cron tick has no dead-letter queue)', {
        binding: b.name,
        tick: iso,
        code: outcome.code,
        error: outcome.message,
        sink: outcome.sink,
        attempts: outcome.attempts,
      });
    } else if (outcome.kind === 'ok') {
      metrics.acked.inc({ binding: b.name });
      logger.debug('cron: fired', { binding: b.name, tick: iso, lateMs: Date.now() - tick });
    }
  }
}
