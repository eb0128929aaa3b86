// Where broadcasts travel (SPAWN_PUBSUB_ADAPTER):
//
//   native  inside this process: a publish is delivered to this proxy's subscribers
//   nats    through NATS, so every proxy of the system (and any other program) sees it:
//             subject  <prefix>.<system>.broadcast.<topic>        (prefix: SPAWN_PUBSUB_NATS_PREFIX, default "spawn")
//             body     eigr.functions.protocol.Broadcast (protobuf): channel_group = topic, value = payload Any
//             headers  Spawn-Caller-System, Spawn-Caller-Name (the publishing actor; absent for external publishers)
//                      Spawn-Action (optional: the action subscribers run instead of their channel's action)
//                      traceparent (optional: W3C trace context of the publish; deliveries continue it)
//           Each proxy subscribes to <prefix>.*.broadcast.> and delivers to its own subscribers, its
//           own publications included; the members of a cluster subscribe as one queue group, and
//           the member that gets a broadcast invokes each subscriber once, on whichever member runs it. Characters a NATS token cannot hold ('.', '*', '>', spaces,
//           '%') are percent-encoded in <system> and <topic>.
import { connect, headers as natsHeaders, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import type { Logger } from '../../control';
import { SpawnError } from '../../errors';
import { decodeMessage, protocol, type IActorId, type IAny } from '../codec';

export interface BroadcastMessage {
  system: string;
  topic: string;
  payload?: IAny | null;
  /** The publishing actor; absent for publishers outside the actor system. */
  caller?: IActorId | null;
  /** Set when the publisher names the action (Broadcast #2: Spawn 0.5 command_name, Python SDK action_name); otherwise each subscription's own action runs. */
  action?: string;
  /** W3C traceparent of the publish (tracing on): each delivery's invocation is its child. */
  traceparent?: string;
}

export type Deliver = (msg: BroadcastMessage) => void;

export interface BroadcastBus {
  readonly kind: string;
  start(deliver: Deliver): Promise<void>;
  publish(msg: BroadcastMessage): void;
  close(): Promise<void>;
}

export class LocalBroadcastBus implements BroadcastBus {
  readonly kind = 'native';
  #deliver: Deliver | undefined;

  async start(deliver: Deliver): Promise<void> {
    this.#deliver = deliver;
  }

  publish(msg: BroadcastMessage): void {
    this.#deliver?.(msg);
  }

  async close(): Promise<void> {}
}

const encodeToken = (s: string): string => s.replace(/[%.*> \t\r\n]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
const decodeToken = (s: string): string => s.replace(/%([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

export function broadcastSubject(prefix: string, system: string, topic: string): string {
  return `${prefix}.${encodeToken(system)}.broadcast.${encodeToken(topic)}`;
}

export class NatsBroadcastBus implements BroadcastBus {
  readonly kind = 'nats';
  readonly #servers: readonly string[];
  readonly #prefix: string;
  readonly #logger: Logger;
  #nc: NatsConnection | undefined;
  #sub: Subscription | undefined;

  readonly #queue: string | undefined;

  /**
   * `queue`: in a cluster the members subscribe as one NATS queue group, so each broadcast
   * reaches one member, which invokes every subscriber once wherever it is active.
   */
  constructor(options: { servers: readonly string[]; prefix: string; logger: Logger; queue?: string }) {
    this.#queue = options.queue;
    this.#servers = options.servers;
    this.#prefix = options.prefix;
    this.#logger = options.logger;
  }

  async start(deliver: Deliver): Promise<void> {
    try {
      this.#nc = await connect({ servers: [...this.#servers], name: 'spawn-proxy', maxReconnectAttempts: -1 });
    } catch (err) {
      throw new SpawnError(
        'SPAWN_ERR_CONFIG',
        `cannot connect to NATS at ${this.#servers.join(', ')} for broadcasts (SPAWN_PUBSUB_NATS_HOSTS): ${(err as Error).message}`,
        { cause: err },
      );
    }
    const sub = this.#nc.subscribe(`${this.#prefix}.*.broadcast.>`, this.#queue ? { queue: this.#queue } : {});
    this.#sub = sub;
    const prefixTokens = this.#prefix.split('.').length;
    void (async () => {
      for await (const m of sub) {
        const tokens = m.subject.split('.');
        const system = decodeToken(tokens[prefixTokens] ?? '');
        const topic = decodeToken(tokens.slice(prefixTokens + 2).join('.'));
        try {
          const b = decodeMessage(protocol.Broadcast, 'Broadcast', m.data);
          const callerName = m.headers?.get('Spawn-Caller-Name') ?? '';
          deliver({
            system,
            topic,
            payload: b.value ?? undefined,
            caller: callerName ? { name: callerName, system: m.headers?.get('Spawn-Caller-System') || system } : undefined,
            action: m.headers?.get('Spawn-Action') || undefined,
            traceparent: m.headers?.get('traceparent') || undefined,
          });
        } catch (err) {
          this.#logger.warn('ignored a broadcast that is not a Broadcast message', { subject: m.subject, error: (err as Error).message });
        }
      }
    })();
  }

  publish(msg: BroadcastMessage): void {
    if (!this.#nc) throw new SpawnError('SPAWN_ERR_INTERNAL', 'NATS broadcast bus used before start()');
    const h = natsHeaders();
    if (msg.caller?.name) {
      h.set('Spawn-Caller-Name', msg.caller.name);
      h.set('Spawn-Caller-System', msg.caller.system || msg.system);
    }
    if (msg.action) h.set('Spawn-Action', msg.action);
    if (msg.traceparent) h.set('traceparent', msg.traceparent);
    const body = protocol.Broadcast.encode({ channelGroup: msg.topic, ...(msg.payload ? { value: msg.payload } : { noop: {} }) }).finish();
    this.#nc.publish(broadcastSubject(this.#prefix, msg.system, msg.topic), body, { headers: h });
  }

  async close(): Promise<void> {
    this.#sub?.unsubscribe();
    await this.#nc?.drain().catch(() => undefined);
  }
}
