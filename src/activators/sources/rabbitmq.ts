// RabbitMQ activator (amqplib): consumes a queue — optionally declared and bound to an
// exchange with a routing key — and turns each message into its binding's invocations.
//
// At-least-once: a message is acknowledged after every sink answered OK; retries happen in
// the dispatcher while the message is held (so prefetch bounds the work in flight, retries
// included); a message that failed for good is published to the dead-letter queue on a
// confirm channel and acknowledged only once the broker confirmed that copy. When the
// connection is lost, amqplib's recovery reconnects with backoff, forever, and declares
// everything again; the broker gives back every message that was not acknowledged, so work
// in flight at that moment may run twice (at-least-once), and nothing acknowledged is redone.
import { connect, type Channel, type ChannelModel, type ConfirmChannel, type ConsumeMessage, type Options, type RecoveringChannelModel } from 'amqplib';
import { configError } from '../../control';
import type { Activator, ActivatorContext, ActivatorPlugin } from '../activator';
import type { ActivatorConfig } from '../config-schema';
import type { Delivery, Outcome } from '../dispatcher';
import type { InboundEvent } from '../mapping';
import type { BindingSpec, SpecReader } from '../spec';

export interface AmqpSource {
  readonly queue: string;
  readonly exchange?: string;
  readonly exchangeType: string;
  readonly routingKey: string;
  readonly deadLetterQueue: string;
  readonly declare: boolean;
}

export const rabbitmqPlugin: ActivatorPlugin<AmqpSource> = {
  type: 'amqp',
  aliases: ['rabbitmq'],
  parseSource(read: SpecReader, config: ActivatorConfig): AmqpSource {
    const queue = read.at('queue').name();
    const exchange = read.at('exchange').str()?.trim() || undefined;
    return {
      queue,
      ...(exchange ? { exchange } : {}),
      exchangeType: read.at('exchangeType').oneOf(['topic', 'direct', 'fanout', 'headers'] as const) ?? config.amqp.exchangeType,
      routingKey: read.at('routingKey').str() ?? config.amqp.routingKey,
      deadLetterQueue: read.at('deadLetterQueue').str()?.trim() || `${queue}.dead-letter`,
      declare: read.at('declare').bool() ?? config.amqp.declare,
    };
  },
  sourceFromEnv(config: ActivatorConfig): AmqpSource {
    const a = config.amqp;
    if (!a.queue) throw configError('SPAWN_ACTIVATOR_AMQP_QUEUE', 'the queue an amqp activator consumes', 'got nothing');
    return {
      queue: a.queue,
      ...(a.exchange ? { exchange: a.exchange } : {}),
      exchangeType: a.exchangeType,
      routingKey: a.routingKey,
      deadLetterQueue: a.deadLetterQueue || `${a.queue}.dead-letter`,
      declare: a.declare,
    };
  },
  create(ctx: ActivatorContext, bindings: ReadonlyArray<BindingSpec<AmqpSource>>): Activator {
    return new RabbitMqActivator(ctx, bindings);
  },
};

/**
 * Acks of messages done within this window go out together. amqplib writes every frame with a
 * system call of its own; `npm run bench:activators` profiled (10k messages, 32 in flight):
 * acks at the end of each event-loop turn still cost 21% of the activator's wall time in
 * those writes (~one ack per turn), acks gathered over 5 ms 1.7%, and the activator went
 * from busy to half idle. The price: an ack (and its prefetch slot) up to 5 ms later, and up
 * to 5 ms of finished messages redelivered after a crash (at-least-once anyway).
 */
const ACK_DELAY_MS = 5;

/** One binding's channel on one connection; dead once that channel or connection closed. */
interface Session {
  readonly binding: BindingSpec<AmqpSource>;
  readonly channel: ConfirmChannel;
  consumerTag?: string;
  live: boolean;
  /** Delivery tags handed to the dispatcher and not yet acknowledged or nacked. */
  readonly outstanding: Set<number>;
  /** Messages done, whose acks go out together at the end of this event-loop turn. */
  readonly toAck: Map<number, ConsumeMessage>;
  flushTimer?: NodeJS.Timeout;
}

/** The broker URL with the configured credentials, and the same without them (for logs). */
export function brokerUrl(config: ActivatorConfig): { url: string; display: string } {
  const u = new URL(config.amqp.url);
  if (config.amqp.username) u.username = encodeURIComponent(config.amqp.username);
  if (config.amqp.password) u.password = encodeURIComponent(config.amqp.password.reveal());
  if (!u.searchParams.has('heartbeat')) u.searchParams.set('heartbeat', String(Math.ceil(config.amqp.heartbeatMs / 1000)));
  const display = new URL(u.toString());
  display.username = '';
  display.password = '';
  display.search = '';
  return { url: u.toString(), display: display.toString() };
}

class RabbitMqActivator implements Activator {
  readonly #ctx: ActivatorContext;
  readonly #bindings: ReadonlyArray<BindingSpec<AmqpSource>>;
  #connection: RecoveringChannelModel | undefined;
  #sessions: Session[] = [];
  readonly #inFlight = new Set<Promise<void>>();
  readonly #backlog = new Map<string, number>();
  readonly #lag = new Map<string, number>();
  #backlogTimer: NodeJS.Timeout | undefined;
  #stopping = false;
  #connects = 0;

  constructor(ctx: ActivatorContext, bindings: ReadonlyArray<BindingSpec<AmqpSource>>) {
    this.#ctx = ctx;
    this.#bindings = bindings;
    for (const b of bindings) {
      ctx.metrics.backlog.track(() => this.#backlog.get(b.name) ?? 0, { binding: b.name });
      ctx.metrics.lag.track(() => this.#lag.get(b.name) ?? 0, { binding: b.name });
    }
  }

  async start(): Promise<void> {
    const { config, logger } = this.#ctx;
    const { url, display } = brokerUrl(config);
    this.#connection = await connect(url, {
      clientProperties: { connection_name: `spawn-activator ${this.#ctx.spec.name}` },
      recovery: {
        initialDelay: 100,
        maxDelay: config.reconnectMaxBackoffMs,
        maxRetries: Infinity,
        waitForConnect: false,
        setup: (model: ChannelModel) => this.#setup(model),
      },
    });
    const conn = this.#connection;
    conn.on('connect', () => {
      if (this.#connects++ > 0) this.#ctx.metrics.reconnects.inc({ source: 'amqp' });
      logger.info('RabbitMQ: consuming', { broker: display, queues: this.#bindings.map((b) => b.source.queue), reconnect: this.#connects > 1 });
    });
    conn.on('disconnect', (err: Error) => {
      this.#killSessions();
      if (!this.#stopping) logger.warn('RabbitMQ: connection lost; reconnecting', { broker: display, error: err.message });
    });
    conn.on('connect-failed', (err: Error) => logger.warn('RabbitMQ: connecting failed; retrying', { broker: display, error: err.message }));
    conn.on('error', (err: Error) => logger.debug('RabbitMQ: connection error', { error: err.message }));
    this.#backlogTimer = setInterval(() => void this.#sampleBacklog(), 5_000);
    this.#backlogTimer.unref();
  }

  ready(): boolean {
    return !this.#stopping && this.#sessions.length === this.#bindings.length && this.#sessions.every((s) => s.live && s.consumerTag !== undefined);
  }

  async stop(deadline: number): Promise<void> {
    this.#stopping = true;
    clearInterval(this.#backlogTimer);
    // Stop deliveries first; what was delivered is in #inFlight already.
    await Promise.all(
      this.#sessions.map(async (s) => {
        if (s.live && s.consumerTag !== undefined) await s.channel.cancel(s.consumerTag).catch(() => undefined);
      }),
    );
    await settleBy([...this.#inFlight], deadline);
    // Acks still gathering go out before the channels close (frames of a channel stay in order).
    for (const s of this.#sessions) this.#flushAcks(s);
    this.#killSessions();
    // Closing gives every message not acknowledged back to the broker.
    await this.#connection?.close().catch(() => undefined);
  }

  async #setup(model: ChannelModel): Promise<void> {
    const sessions: Session[] = [];
    try {
      for (const binding of this.#bindings) sessions.push(await this.#open(model, binding));
    } catch (err) {
      for (const s of sessions) s.live = false;
      throw err;
    }
    this.#sessions = sessions;
  }

  async #open(model: ChannelModel, binding: BindingSpec<AmqpSource>): Promise<Session> {
    const src = binding.source;
    const channel = await model.createConfirmChannel();
    const session: Session = { binding, channel, live: true, outstanding: new Set(), toAck: new Map() };
    channel.on('error', (err: Error) => this.#ctx.logger.warn('RabbitMQ: channel error', { binding: binding.name, error: err.message }));
    channel.on('close', () => {
      const wasLive = session.live;
      session.live = false;
      // A channel closed by the broker (a failed declare, a deleted queue) while the connection
      // lives on: reconnect as a whole, which declares everything again.
      if (wasLive && !this.#stopping) model.close().catch(() => undefined);
    });
    if (src.declare) {
      await channel.assertQueue(src.queue, { durable: true });
      if (src.exchange) {
        await channel.assertExchange(src.exchange, src.exchangeType, { durable: true });
        await channel.bindQueue(src.queue, src.exchange, src.routingKey);
      }
    } else {
      await channel.checkQueue(src.queue);
    }
    await channel.assertQueue(src.deadLetterQueue, { durable: true });
    await channel.prefetch(this.#ctx.config.concurrency, false);
    const ok = await channel.consume(src.queue, (msg) => this.#onMessage(session, msg), { noAck: false });
    session.consumerTag = ok.consumerTag;
    return session;
  }

  #killSessions(): void {
    for (const s of this.#sessions) s.live = false;
  }

  #onMessage(session: Session, msg: ConsumeMessage | null): void {
    if (msg === null) {
      // The broker cancelled the consumer (queue deleted): reconnect and declare again.
      if (session.live && !this.#stopping) {
        this.#ctx.logger.warn('RabbitMQ: consumer cancelled by the broker; reconnecting', { binding: session.binding.name });
        session.live = false;
        session.channel.close().catch(() => undefined);
      }
      return;
    }
    const binding = session.binding;
    session.outstanding.add(msg.fields.deliveryTag);
    const headers = msg.properties.headers ?? {};
    const quorumCount = Number(headers['x-delivery-count']);
    const delivery: Delivery = {
      priorDeliveries: Number.isFinite(quorumCount) && quorumCount > 0 ? quorumCount : msg.fields.redelivered ? 1 : 0,
      live: () => session.live,
    };
    const ts = msg.properties.timestamp as unknown;
    if (typeof ts === 'number' && ts > 0) this.#lag.set(binding.name, Math.max(0, Date.now() - (ts < 1e11 ? ts * 1000 : ts)));
    const work = this.#ctx.dispatcher
      .dispatch(binding, toEvent(msg), delivery)
      .then((outcome) => this.#settle(session, msg, outcome))
      .catch((err: unknown) => {
        this.#ctx.logger.error('RabbitMQ: handling a message failed; it stays unacknowledged', { binding: binding.name, error: (err as Error).message });
      })
      .finally(() => this.#inFlight.delete(work));
    this.#inFlight.add(work);
  }

  async #settle(session: Session, msg: ConsumeMessage, outcome: Outcome): Promise<void> {
    const { metrics, logger } = this.#ctx;
    const binding = session.binding.name;
    if (!session.live) {
      // Its channel is gone: the broker redelivers it (on this or another consumer).
      metrics.returned.inc({ binding });
      return;
    }
    switch (outcome.kind) {
      case 'ok':
        this.#ack(session, msg);
        metrics.acked.inc({ binding });
        return;
      case 'abandoned':
        session.outstanding.delete(msg.fields.deliveryTag);
        session.channel.nack(msg, false, true);
        metrics.returned.inc({ binding });
        return;
      case 'dead-letter': {
        const src = session.binding.source;
        const p = msg.properties;
        const options: Options.Publish = {
          persistent: true,
          headers: {
            ...(p.headers ?? {}),
            'x-spawn-error-code': outcome.code,
            'x-spawn-error': outcome.message.slice(0, 1000),
            'x-spawn-attempts': outcome.attempts,
            'x-spawn-activator': this.#ctx.spec.name,
            'x-spawn-binding': binding,
            ...(outcome.sink ? { 'x-spawn-sink': outcome.sink } : {}),
            'x-original-exchange': msg.fields.exchange,
            'x-original-routing-key': msg.fields.routingKey,
          },
          ...defined({
            contentType: p.contentType,
            contentEncoding: p.contentEncoding,
            correlationId: p.correlationId,
            messageId: p.messageId,
            timestamp: p.timestamp,
            type: p.type,
            appId: p.appId,
          }),
        };
        try {
          await publishConfirmed(session.channel, src.deadLetterQueue, msg.content, options);
        } catch (err) {
          // Not confirmed: leave the original unacknowledged; it comes back and fails again.
          logger.error('RabbitMQ: dead-lettering failed; the message stays in its queue', {
            binding,
            queue: src.deadLetterQueue,
            error: (err as Error).message,
          });
          return;
        }
        if (!session.live) return;
        this.#ack(session, msg);
        metrics.deadLettered.inc({ binding, code: outcome.code });
        logger.warn('message dead-lettered', {
          binding,
          queue: src.deadLetterQueue,
          code: outcome.code,
          error: outcome.message,
          sink: outcome.sink,
          attempts: outcome.attempts,
          messageId: p.messageId as unknown,
        });
      }
    }
  }

  /**
   * Acknowledges within ACK_DELAY_MS (sooner once a quarter of the prefetch window waits), as
   * one `multiple` ack for every message done below the
   * oldest still in flight; those done above it are acknowledged one by one, so that a slow
   * message (one waiting for a retry) never holds back the acks, and prefetch slots, of the
   * ones after it.
   */
  #ack(session: Session, msg: ConsumeMessage): void {
    session.outstanding.delete(msg.fields.deliveryTag);
    session.toAck.set(msg.fields.deliveryTag, msg);
    // A quarter of the prefetch window waiting for its ack: send now, or deliveries stall.
    if (session.toAck.size >= Math.max(1, this.#ctx.config.concurrency >> 2)) return this.#flushAcks(session);
    if (session.flushTimer) return;
    session.flushTimer = setTimeout(() => this.#flushAcks(session), ACK_DELAY_MS);
  }

  #flushAcks(session: Session): void {
    clearTimeout(session.flushTimer);
    session.flushTimer = undefined;
    if (!session.live) {
      session.toAck.clear();
      return;
    }
    let oldest = Infinity;
    for (const tag of session.outstanding) if (tag < oldest) oldest = tag;
    let upTo: ConsumeMessage | undefined;
    const alone: ConsumeMessage[] = [];
    for (const [tag, m] of session.toAck) {
      if (tag > oldest) alone.push(m);
      else if (!upTo || tag > upTo.fields.deliveryTag) upTo = m;
    }
    session.toAck.clear();
    try {
      if (upTo) session.channel.ack(upTo, true);
      for (const m of alone) session.channel.ack(m);
    } catch (err) {
      // The channel closed in between: the broker redelivers them.
      this.#ctx.logger.debug('RabbitMQ: acks lost with their channel', { binding: session.binding.name, error: (err as Error).message });
    }
  }

  async #sampleBacklog(): Promise<void> {
    for (const s of this.#sessions) {
      if (!s.live) continue;
      try {
        const q = await (s.channel as Channel).checkQueue(s.binding.source.queue);
        this.#backlog.set(s.binding.name, q.messageCount);
      } catch {
        // The channel closed meanwhile; the next connection samples again.
      }
    }
  }
}

function publishConfirmed(channel: ConfirmChannel, queue: string, content: Buffer, options: Options.Publish): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      channel.sendToQueue(queue, content, options, (err: unknown) =>
        err ? reject(err instanceof Error ? err : new Error('the broker refused the message (basic.nack)')) : resolve(),
      );
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}

function defined<T extends Record<string, unknown>>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== null) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** Waits for `work` to settle, or until `deadline` (epoch ms). */
export async function settleBy(work: Array<Promise<unknown>>, deadline: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.allSettled(work), new Promise<void>((r) => (timer = setTimeout(r, Math.max(0, deadline - Date.now()))))]);
  clearTimeout(timer);
}

function headerText(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  if (Buffer.isBuffer(v)) return v.toString('utf8');
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return JSON.stringify(v);
}

function toEvent(msg: ConsumeMessage): InboundEvent {
  const metadata: Record<string, string> = {};
  const headerKeys: string[] = [];
  for (const [k, v] of Object.entries(msg.properties.headers ?? {})) {
    if (k === 'x-death') continue;
    const text = headerText(v);
    if (text === undefined) continue;
    metadata[k] = text;
    headerKeys.push(k);
  }
  const p = msg.properties;
  const props: Record<string, unknown> = {
    message_id: p.messageId,
    correlation_id: p.correlationId,
    app_id: p.appId,
    user_id: p.userId,
    type: p.type,
    content_type: p.contentType,
    reply_to: p.replyTo,
    routing_key: msg.fields.routingKey,
    exchange: msg.fields.exchange,
  };
  for (const [k, v] of Object.entries(props)) {
    const text = headerText(v);
    if (text !== undefined && text !== '' && metadata[k] === undefined) metadata[k] = text;
  }
  const contentType = headerText(p.contentType);
  const messageId = headerText(p.messageId);
  return {
    body: msg.content,
    metadata,
    headerKeys,
    subject: msg.fields.routingKey,
    ...(contentType ? { contentType } : {}),
    ...(messageId ? { messageId } : {}),
  };
}
