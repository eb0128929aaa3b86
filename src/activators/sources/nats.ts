// NATS activator. `jetstream` (default): a durable pull consumer on a stream, explicit acks,
// with the same mapping and semantics as RabbitMQ — ack after every sink answered OK, retries
// held in the dispatcher (JetStream's delivery count counts as attempts; `working()` keeps the
// message ours while it waits), dead-letter by publishing to a subject a stream keeps, then
// `term()`. `max_ack_pending` = SPAWN_ACTIVATOR_CONCURRENCY bounds the work in flight. The
// client reconnects by itself, forever; the durable consumer keeps what was not acknowledged.
// `core`: a plain (optionally queue-group) subscription, best effort — a message that fails
// for good is published to the dead-letter subject; nothing is redelivered.
import {
  AckPolicy,
  DeliverPolicy,
  JetStreamApiError,
  jetstream,
  jetstreamManager,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
} from '@nats-io/jetstream';
import { connect, headers as natsHeaders, nanos, type Msg, type MsgHdrs, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { configError, type Logger } from '../../control';
import { SpawnError } from '../../errors';
import type { Activator, ActivatorContext, ActivatorPlugin } from '../activator';
import { NATS_MODES, type ActivatorConfig, type NatsMode } from '../config-schema';
import type { Delivery, Outcome } from '../dispatcher';
import type { InboundEvent } from '../mapping';
import type { BindingSpec, SpecReader } from '../spec';
import { settleBy } from './rabbitmq';

export interface NatsSource {
  readonly mode: NatsMode;
  readonly subject: string;
  /** JetStream: the stream (found from the subject when not given). */
  readonly stream?: string;
  readonly durable: string;
  readonly queueGroup?: string;
  readonly deadLetterSubject: string;
}

const STREAM_NOT_FOUND = 10059;
/**
 * Acks of messages done within this window are sent in one go: nats.js writes its pending
 * protocol once per microtask checkpoint, so acks made in separate event-loop turns (each
 * after its own HTTP answer) cost a socket write each. `npm run bench:activators` profiled
 * (10k messages, 32 in flight): 41% of the activator's wall time was those writes.
 */
const ACK_DELAY_MS = 5;
const ACK_WAIT_MS = 30_000;

/** A NATS name token (consumer, stream, subject token): letters, digits, - and _. */
export function natsToken(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/g, '_');
}

export const natsPlugin: ActivatorPlugin<NatsSource> = {
  type: 'nats',
  aliases: ['jetstream'],
  parseSource(read: SpecReader, config: ActivatorConfig, ctx): NatsSource {
    const subject = read.at('subject').name();
    const mode = read.at('mode').oneOf(NATS_MODES) ?? config.nats.mode;
    const stream = read.at('stream').str()?.trim() || undefined;
    const queueGroup = read.at('queueGroup').str()?.trim() || undefined;
    return {
      mode,
      subject,
      ...(stream ? { stream } : {}),
      durable: read.at('durable').str()?.trim() || natsToken(`${ctx.activator}-${ctx.binding}`),
      ...(queueGroup ? { queueGroup } : {}),
      deadLetterSubject: read.at('deadLetterSubject').str()?.trim() || `spawn-dead-letter.${natsToken(ctx.activator)}.${natsToken(ctx.binding)}`,
    };
  },
  sourceFromEnv(config: ActivatorConfig, ctx): NatsSource {
    const n = config.nats;
    if (!n.subject) throw configError('SPAWN_ACTIVATOR_NATS_SUBJECT', 'the subject a nats activator consumes', 'got nothing');
    return {
      mode: n.mode,
      subject: n.subject,
      ...(n.stream ? { stream: n.stream } : {}),
      durable: n.durable || natsToken(`${ctx.activator}-${ctx.binding}`),
      ...(n.queueGroup ? { queueGroup: n.queueGroup } : {}),
      deadLetterSubject: n.deadLetterSubject || `spawn-dead-letter.${natsToken(ctx.activator)}.${natsToken(ctx.binding)}`,
    };
  },
  create(ctx: ActivatorContext, bindings: ReadonlyArray<BindingSpec<NatsSource>>): Activator {
    return new NatsActivator(ctx, bindings);
  },
};

/** A NATS connection that reconnects forever; shared by the NATS and cron activators. */
export async function connectNats(servers: readonly string[], name: string, logger: Logger, reconnectMaxBackoffMs: number): Promise<NatsConnection> {
  const nc = await connect({
    servers: [...servers],
    name,
    reconnect: true,
    maxReconnectAttempts: -1,
    reconnectTimeWait: Math.min(1_000, reconnectMaxBackoffMs),
    waitOnFirstConnect: true,
  });
  void (async () => {
    for await (const s of nc.status()) {
      if (s.type === 'disconnect') logger.warn('NATS: disconnected; reconnecting', { server: s.server });
      else if (s.type === 'reconnect') logger.info('NATS: reconnected', { server: s.server });
      else if (s.type === 'error') logger.warn('NATS: error', { error: String(s.error) });
    }
  })();
  return nc;
}

function eventOf(m: { data: Uint8Array; subject: string; headers?: MsgHdrs | undefined }, messageId?: string): InboundEvent {
  const metadata: Record<string, string> = {};
  const headerKeys: string[] = [];
  if (m.headers) {
    for (const k of m.headers.keys()) {
      metadata[k] = m.headers.values(k).join(', ');
      headerKeys.push(k);
    }
  }
  metadata.subject = m.subject;
  const contentType = metadata['content-type'] ?? metadata['Content-Type'];
  const id = metadata['Nats-Msg-Id'] ?? messageId;
  return {
    body: Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength),
    metadata,
    headerKeys,
    subject: m.subject,
    ...(contentType ? { contentType } : {}),
    ...(id ? { messageId: id } : {}),
  };
}

function deadLetterHeaders(
  original: MsgHdrs | undefined,
  outcome: Extract<Outcome, { kind: 'dead-letter' }>,
  activator: string,
  binding: string,
  subject: string,
): MsgHdrs {
  const h = natsHeaders();
  if (original) for (const k of original.keys()) if (k !== 'Nats-Msg-Id') for (const v of original.values(k)) h.append(k, v);
  h.set('Spawn-Error-Code', outcome.code);
  h.set('Spawn-Error', outcome.message.replace(/[\r\n]+/g, ' ').slice(0, 1000));
  h.set('Spawn-Attempts', String(outcome.attempts));
  h.set('Spawn-Activator', activator);
  h.set('Spawn-Binding', binding);
  if (outcome.sink) h.set('Spawn-Sink', outcome.sink);
  h.set('Spawn-Original-Subject', subject);
  return h;
}

class NatsActivator implements Activator {
  readonly #ctx: ActivatorContext;
  readonly #bindings: ReadonlyArray<BindingSpec<NatsSource>>;
  #nc: NatsConnection | undefined;
  #js: JetStreamClient | undefined;
  readonly #closers: Array<() => Promise<unknown>> = [];
  readonly #inFlight = new Set<Promise<void>>();
  readonly #backlog = new Map<string, number>();
  readonly #lag = new Map<string, number>();
  #consuming = false;
  #stopping = false;
  #acks: JsMsg[] = [];
  #ackTimer: NodeJS.Timeout | undefined;

  constructor(ctx: ActivatorContext, bindings: ReadonlyArray<BindingSpec<NatsSource>>) {
    this.#ctx = ctx;
    this.#bindings = bindings;
    for (const b of bindings) {
      ctx.metrics.backlog.track(() => this.#backlog.get(b.name) ?? 0, { binding: b.name });
      ctx.metrics.lag.track(() => this.#lag.get(b.name) ?? 0, { binding: b.name });
    }
  }

  async start(): Promise<void> {
    const { config, logger, spec } = this.#ctx;
    const nc = await connectNats(config.nats.servers, `spawn-activator ${spec.name}`, logger, config.reconnectMaxBackoffMs);
    this.#nc = nc;
    void (async () => {
      for await (const s of nc.status()) if (s.type === 'reconnect') this.#ctx.metrics.reconnects.inc({ source: 'nats' });
    })();
    const jetstreamBindings = this.#bindings.filter((b) => b.source.mode === 'jetstream');
    if (jetstreamBindings.length > 0) {
      const jsm = await jetstreamManager(nc);
      this.#js = jetstream(nc);
      for (const b of jetstreamBindings) await this.#consume(jsm, this.#js, b);
    }
    for (const b of this.#bindings.filter((x) => x.source.mode === 'core')) this.#subscribe(nc, b);
    this.#consuming = true;
    logger.info('NATS: consuming', {
      servers: config.nats.servers,
      bindings: this.#bindings.map((b) => ({ binding: b.name, mode: b.source.mode, subject: b.source.subject })),
    });
  }

  ready(): boolean {
    return this.#consuming && !this.#stopping && this.#nc !== undefined && !this.#nc.isClosed();
  }

  async stop(deadline: number): Promise<void> {
    this.#stopping = true;
    for (const close of this.#closers) await close().catch(() => undefined);
    await settleBy([...this.#inFlight], deadline);
    this.#flushAcks();
    // Unacknowledged JetStream messages come back after ack_wait (or at once: abandoned ones were nak'd).
    await this.#nc?.drain().catch(() => undefined);
  }

  async #streamOf(jsm: JetStreamManager, b: BindingSpec<NatsSource>): Promise<string> {
    const { config } = this.#ctx;
    const src = b.source;
    if (src.stream) {
      try {
        await jsm.streams.info(src.stream);
        return src.stream;
      } catch (err) {
        if (!(err instanceof JetStreamApiError && err.code === STREAM_NOT_FOUND)) throw err;
        if (!config.nats.createStream) throw missingStream(`stream '${src.stream}' does not exist`);
        await jsm.streams.add({ name: src.stream, subjects: [src.subject] });
        return src.stream;
      }
    }
    try {
      return await jsm.streams.find(src.subject);
    } catch (err) {
      if (!config.nats.createStream) throw missingStream(`no stream holds subject '${src.subject}' (${(err as Error).message})`, err);
      const name = natsToken(`${this.#ctx.spec.name}-${b.name}`);
      await jsm.streams.add({ name, subjects: [src.subject] });
      return name;
    }
  }

  async #ensureDeadLetterStream(jsm: JetStreamManager, stream: string, subject: string): Promise<void> {
    try {
      await jsm.streams.find(subject);
    } catch (err) {
      if (!this.#ctx.config.nats.createStream) {
        this.#ctx.logger.warn('NATS: no stream keeps the dead-letter subject; messages that fail for good will stay in their stream, unacknowledged', {
          subject,
          error: (err as Error).message,
        });
        return;
      }
      await jsm.streams.add({ name: `${stream}_DEAD_LETTER`, subjects: [subject] });
    }
  }

  async #consume(jsm: JetStreamManager, js: JetStreamClient, b: BindingSpec<NatsSource>): Promise<void> {
    const { config } = this.#ctx;
    const src = b.source;
    const stream = await this.#streamOf(jsm, b);
    await this.#ensureDeadLetterStream(jsm, stream, src.deadLetterSubject);
    const want = { max_ack_pending: config.concurrency, ack_wait: nanos(ACK_WAIT_MS), max_deliver: -1 };
    try {
      const info = await jsm.consumers.info(stream, src.durable);
      if (info.config.max_ack_pending !== want.max_ack_pending || info.config.ack_wait !== want.ack_wait) await jsm.consumers.update(stream, src.durable, want);
    } catch (err) {
      if (!(err instanceof JetStreamApiError)) throw err;
      await jsm.consumers.add(stream, {
        durable_name: src.durable,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        filter_subject: src.subject,
        ...want,
      });
    }
    const consumer = await js.consumers.get(stream, src.durable);
    const messages = await consumer.consume({ max_messages: config.concurrency, callback: (m) => this.#onJsMessage(b, stream, m) });
    this.#closers.push(() => messages.close());
  }

  #onJsMessage(b: BindingSpec<NatsSource>, stream: string, m: JsMsg): void {
    if (this.#stopping) {
      m.nak();
      return;
    }
    this.#backlog.set(b.name, m.info.pending);
    this.#lag.set(b.name, Math.max(0, Date.now() - Number(m.info.timestampNanos / 1e6)));
    const delivery: Delivery = { priorDeliveries: Math.max(0, m.info.deliveryCount - 1), live: () => true, keepAlive: () => m.working() };
    this.#track(
      this.#ctx.dispatcher.dispatch(b, eventOf(m, `${stream}:${m.seq}`), delivery).then(async (outcome) => {
        const binding = b.name;
        switch (outcome.kind) {
          case 'ok':
            this.#ack(m);
            this.#ctx.metrics.acked.inc({ binding });
            return;
          case 'abandoned':
            m.nak();
            this.#ctx.metrics.returned.inc({ binding });
            return;
          case 'dead-letter':
            try {
              await this.#js!.publish(b.source.deadLetterSubject, m.data, {
                headers: deadLetterHeaders(m.headers, outcome, this.#ctx.spec.name, binding, m.subject),
              });
            } catch (err) {
              // Kept: it comes back after a while and fails again, rather than being lost.
              m.nak(this.#ctx.config.retryMaxBackoffMs);
              this.#ctx.logger.error('NATS: dead-lettering failed; the message stays in its stream', {
                binding,
                subject: b.source.deadLetterSubject,
                error: (err as Error).message,
              });
              return;
            }
            // No reason text: NATS servers before 2.10.4 ignore a "+TERM <reason>" ack altogether.
            m.term();
            this.#ctx.metrics.deadLettered.inc({ binding, code: outcome.code });
            this.#ctx.logger.warn('message dead-lettered', {
              binding,
              subject: b.source.deadLetterSubject,
              code: outcome.code,
              error: outcome.message,
              sink: outcome.sink,
              attempts: outcome.attempts,
              seq: m.seq,
            });
        }
      }),
      b,
    );
  }

  #ack(m: JsMsg): void {
    this.#acks.push(m);
    // A quarter of max_ack_pending waiting for its ack: send now, or deliveries stall.
    if (this.#acks.length >= Math.max(1, this.#ctx.config.concurrency >> 2)) return this.#flushAcks();
    this.#ackTimer ??= setTimeout(() => this.#flushAcks(), ACK_DELAY_MS);
  }

  #flushAcks(): void {
    clearTimeout(this.#ackTimer);
    this.#ackTimer = undefined;
    const acks = this.#acks;
    this.#acks = [];
    for (const m of acks) m.ack();
  }

  #subscribe(nc: NatsConnection, b: BindingSpec<NatsSource>): void {
    const src = b.source;
    const sub: Subscription = nc.subscribe(src.subject, { ...(src.queueGroup ? { queue: src.queueGroup } : {}) });
    this.#closers.push(() => sub.drain());
    const limit = this.#ctx.config.concurrency;
    let running = 0;
    let wake: (() => void) | undefined;
    void (async () => {
      for await (const m of sub) {
        // Best effort, but bounded: past the limit, wait (nats.js buffers behind the subscription).
        while (running >= limit) await new Promise<void>((r) => (wake = r));
        running++;
        const work = this.#handleCore(b, m).finally(() => {
          running--;
          wake?.();
          wake = undefined;
        });
        this.#track(work, b);
      }
    })();
  }

  async #handleCore(b: BindingSpec<NatsSource>, m: Msg): Promise<void> {
    const outcome = await this.#ctx.dispatcher.dispatch(b, eventOf(m), { priorDeliveries: 0, live: () => true });
    const binding = b.name;
    if (outcome.kind === 'ok') this.#ctx.metrics.acked.inc({ binding });
    else if (outcome.kind === 'abandoned') this.#ctx.metrics.returned.inc({ binding });
    else {
      this.#nc?.publish(b.source.deadLetterSubject, m.data, { headers: deadLetterHeaders(m.headers, outcome, this.#ctx.spec.name, binding, m.subject) });
      this.#ctx.metrics.deadLettered.inc({ binding, code: outcome.code });
      this.#ctx.logger.warn('message dead-lettered (core NATS: published, not confirmed)', {
        binding,
        subject: b.source.deadLetterSubject,
        code: outcome.code,
        error: outcome.message,
      });
    }
  }

  #track(work: Promise<void>, b: BindingSpec<NatsSource>): void {
    const p = work
      .catch((err: unknown) => this.#ctx.logger.error('NATS: handling a message failed', { binding: b.name, error: (err as Error).message }))
      .finally(() => this.#inFlight.delete(p));
    this.#inFlight.add(p);
  }
}

function missingStream(what: string, cause?: unknown): SpawnError {
  return new SpawnError('SPAWN_ERR_CONFIG', `${what}: create it, or set SPAWN_ACTIVATOR_NATS_CREATE_STREAM=true (spec: settings.createStream)`, { cause });
}
