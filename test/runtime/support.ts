// In-process runtime tests: the real ActorRuntime (directory, dispatcher, activation
// lifecycle, cells, snapshot pipeline) over the memory store, with a HostClient that runs
// handlers in this process and can hold a call until the test releases it.
import { ProxyMetrics, createLogger } from '../../src/control';
import { SpawnError } from '../../src/errors';
import type { IActor, IActorInvocation, IActorInvocationResponse, IInvocationRequest } from '../../src/hotpath/codec';
import type { HostCallOptions, HostClient, HostReply } from '../../src/hotpath/host';
import { ActorRuntime, JsStateTable, type RuntimeOptions } from '../../src/hotpath/runtime';
import { LocalBroadcastBus } from '../../src/hotpath/workflow';
import { MemoryStateStore, type ActorKey, type SaveItem, type SaveOutcome, type StoredState } from '../../src/storage';
import { fromJsonAny, jsonAny } from '../support/protocol';

export const SYS = 'rt';

type State = Record<string, number>;
interface HandlerResult {
  state?: State;
  value?: unknown;
  checkpoint?: boolean;
}
export type Handler = (inv: IActorInvocation, state: State) => Promise<HandlerResult | void> | HandlerResult | void;

/** A host in this process: actions are functions of (invocation, state). */
export class TestHost implements HostClient {
  readonly description = 'test host';
  readonly transport = 'http';
  readonly calls: Array<{ actor: string; action: string; state: State }> = [];
  readonly #handlers = new Map<string, Handler>();
  #inFlight = new Map<string, number>();
  maxOverlap = 0;
  down = false;

  on(action: string, handler: Handler): this {
    this.#handlers.set(action, handler);
    return this;
  }

  async invoke(inv: IActorInvocation, _options: HostCallOptions): Promise<HostReply> {
    if (this.down) throw new SpawnError('SPAWN_ERR_HOST_UNAVAILABLE', 'test host is down');
    const actor = inv.actor?.name ?? '';
    const action = inv.actionName ?? '';
    const ctx = inv.currentContext ?? {};
    const state = fromJsonAny<State>(ctx.state) ?? {};
    this.calls.push({ actor, action, state: { ...state } });
    const n = (this.#inFlight.get(actor) ?? 0) + 1;
    this.#inFlight.set(actor, n);
    this.maxOverlap = Math.max(this.maxOverlap, n);
    try {
      const handler: Handler = this.#handlers.get(action) ?? ((_, s) => ({ state: { ...s, count: (s.count ?? 0) + 1 } }));
      const out: HandlerResult = (await handler(inv, state)) ?? {};
      const next = out.state ?? state;
      const response: IActorInvocationResponse = {
        actorName: actor,
        actorSystem: inv.actor?.system ?? '',
        updatedContext: { ...ctx, state: jsonAny(next) },
        value: jsonAny(out.value ?? next),
        checkpoint: out.checkpoint ?? false,
      };
      return { response };
    } finally {
      this.#inFlight.set(actor, (this.#inFlight.get(actor) ?? 1) - 1);
    }
  }

  async close(): Promise<void> {}
}

/** A promise the test resolves when it wants. */
export function gate(): { wait: Promise<void>; open(): void } {
  let open!: () => void;
  const wait = new Promise<void>((r) => (open = r));
  return { wait, open };
}

/** The memory store, with switches: down (every call fails), and saves held at a gate. */
export class ControlledStore extends MemoryStateStore {
  down = false;
  saveGate: Promise<void> | undefined;
  saves = 0;
  override async load(key: ActorKey): Promise<StoredState | null> {
    if (this.down) throw new SpawnError('SPAWN_ERR_STORE_UNAVAILABLE', 'the state store is unavailable (test)');
    return super.load(key);
  }
  override async saveBatch(items: readonly SaveItem[]): Promise<SaveOutcome[]> {
    if (this.saveGate) await this.saveGate;
    if (this.down) throw new SpawnError('SPAWN_ERR_STORE_UNAVAILABLE', 'the state store is unavailable (test)');
    this.saves += items.length;
    return super.saveBatch(items);
  }
  override health(): string | undefined {
    return this.down ? 'unavailable (test)' : undefined;
  }
}

export function makeRuntime(
  host: TestHost,
  store: ControlledStore = new ControlledStore(),
  extra: Partial<RuntimeOptions> = {},
): { runtime: ActorRuntime; store: ControlledStore; metrics: ProxyMetrics } {
  const metrics = new ProxyMetrics();
  const runtime = new ActorRuntime({
    store,
    host,
    logger: createLogger('error'),
    metrics,
    hostTimeoutMs: 5000,
    invokeTimeoutMs: 5000,
    defaults: { deactivateMs: 60_000, snapshotMs: 60_000 },
    bus: new LocalBroadcastBus(),
    scheduler: { pollMs: 1000, maxLateMs: 60_000 },
    states: new JsStateTable(),
    ...extra,
  });
  return { runtime, store, metrics };
}

export function actorDef(
  name: string,
  opts: { stateful?: boolean; actions?: string[]; deactivateMs?: number; snapshotMs?: number; kind?: number; channels?: string[] } = {},
): IActor {
  return {
    id: { name, system: SYS },
    settings: {
      kind: opts.kind ?? 1,
      stateful: opts.stateful ?? true,
      snapshotStrategy: { timeout: { timeout: opts.snapshotMs ?? 60_000 } },
      deactivationStrategy: { timeout: { timeout: opts.deactivateMs ?? 60_000 } },
    },
    actions: (opts.actions ?? ['add']).map((a) => ({ name: a })),
    metadata: { channelGroup: (opts.channels ?? []).map((topic) => ({ topic })), tags: {} },
  };
}

export function registration(actors: IActor[]): { actorSystem: { name: string; registry: { actors: Record<string, IActor> } } } {
  return { actorSystem: { name: SYS, registry: { actors: Object.fromEntries(actors.map((a) => [a.id!.name!, a])) } } };
}

export function call(actor: string, action: string, extra: Partial<IInvocationRequest> = {}): IInvocationRequest {
  return { system: { name: SYS }, actor: { id: { name: actor, system: SYS } }, actionName: action, ...extra };
}

export function valueOf(r: { reply?: HostReply }): State {
  return fromJsonAny<State>(r.reply?.response.value) ?? {};
}
