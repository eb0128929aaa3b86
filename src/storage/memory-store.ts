// In-memory StateStore: for development and for users who explicitly want no persistence
// (PROXY_DATABASE_TYPE=memory). State is lost when the process exits.
import { SpawnError } from '../errors';
import type { ActorKey, ActorStateRecord, SaveItem, SaveOutcome, ScheduledInvocation, StateStore, StoredState } from './state-store';

interface Row {
  current: StoredState;
  history: StoredState[];
}

export class MemoryStateStore implements StateStore {
  readonly kind = 'memory';
  readonly #rows = new Map<string, Row>();
  readonly #scheduled = new Map<string, ScheduledInvocation>();
  readonly #historyLimit: number;

  constructor(options: { historyLimit?: number } = {}) {
    this.#historyLimit = options.historyLimit ?? 16;
  }

  async init(): Promise<void> {}

  async addScheduled(item: ScheduledInvocation): Promise<void> {
    this.#scheduled.set(`${item.dueAt}\u0000${item.id}`, { ...item, request: Uint8Array.from(item.request) });
  }

  async dueScheduled(now: number, limit: number): Promise<ScheduledInvocation[]> {
    return [...this.#scheduled.values()]
      .filter((s) => s.dueAt <= now)
      .sort((a, b) => a.dueAt - b.dueAt || (a.id < b.id ? -1 : 1))
      .slice(0, limit);
  }

  async claimScheduled(item: Pick<ScheduledInvocation, 'dueAt' | 'id'>): Promise<boolean> {
    return this.#scheduled.delete(`${item.dueAt}\u0000${item.id}`);
  }

  async load(key: ActorKey): Promise<StoredState | null> {
    const row = this.#rows.get(rowKey(key));
    return row ? copy(row.current) : null;
  }

  async loadRevision(key: ActorKey, revision: number): Promise<StoredState | null> {
    const row = this.#rows.get(rowKey(key));
    if (!row) return null;
    if (row.current.revision === revision) return copy(row.current);
    const hit = row.history.find((h) => h.revision === revision);
    return hit ? copy(hit) : null;
  }

  async save(key: ActorKey, state: ActorStateRecord, expectedRevision: number): Promise<number> {
    const k = rowKey(key);
    const row = this.#rows.get(k);
    const current = row?.current.revision ?? 0;
    if (current !== expectedRevision) {
      throw new SpawnError(
        'SPAWN_ERR_STATE_CONFLICT',
        `state of actor '${key.name}' in system '${key.system}' is at revision ${current}, write expected ${expectedRevision}`,
      );
    }
    const next: StoredState = { ...copy({ ...state, revision: 0 }), revision: current + 1 };
    if (row) {
      row.history.push(row.current);
      if (row.history.length > this.#historyLimit) row.history.shift();
      row.current = next;
    } else {
      this.#rows.set(k, { current: next, history: [] });
    }
    return next.revision;
  }

  async saveBatch(items: readonly SaveItem[]): Promise<SaveOutcome[]> {
    const out: SaveOutcome[] = [];
    for (const it of items) {
      try {
        out.push(await this.save(it.key, it.record, it.expectedRevision));
      } catch (err) {
        out.push(err as Error);
      }
    }
    return out;
  }

  health(): string | undefined {
    return undefined;
  }

  async close(): Promise<void> {}
}

function rowKey(key: ActorKey): string {
  return `${key.system}\u0000${key.name}`;
}

function copy(s: StoredState): StoredState {
  return { revision: s.revision, tags: { ...s.tags }, typeUrl: s.typeUrl, data: Uint8Array.from(s.data) };
}
