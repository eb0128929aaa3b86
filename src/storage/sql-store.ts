// The StateStore over any SQL database: compare-and-set writes, write-through revision
// history, encryption at rest, migrations, and health. Adapters supply a SqlDialect
// (statement text) and a SqlDriver (connections); everything else lives here once.
import type { Logger } from '../control';
import { SpawnError } from '../errors';
import type { Keyring } from './cipher';
import { T_MIGRATIONS, numbered, type SqlDialect } from './sql-dialect';
import type { ActorKey, ActorStateRecord, SaveItem, SaveOutcome, ScheduledInvocation, StateStore, StoredState } from './state-store';

export type SqlRow = Record<string, unknown>;

export interface SqlResult {
  rows: SqlRow[];
  affected: number;
}

export interface SqlExecutor {
  query(sql: string, params: readonly unknown[]): Promise<SqlResult>;
}

export interface SqlDriver extends SqlExecutor {
  /** Runs fn inside BEGIN/COMMIT on one connection; ROLLBACK when it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Runs fn on one connection without a transaction. */
  session<T>(fn: (c: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Where a database server is, for the network drivers (PostgreSQL, CockroachDB, MySQL/MariaDB, MSSQL). */
export interface ServerConnection {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  poolSize: number;
  /** Longest wait for a connection (PROXY_DATABASE_QUEUE_TARGET). */
  queueTargetMs: number;
  ssl: boolean;
  sslVerify: boolean;
}

export interface SqlStoreOptions {
  kind: string;
  dialect: SqlDialect;
  driver: SqlDriver;
  keyring: Keyring;
  /** Written into each row's `node` column: who wrote it last. Unique per process. */
  node: string;
  /** Revisions kept per actor for ?revision=N (0 = no history). */
  historyRevisions: number;
  logger: Logger;
  /** How often a degraded store pings the database. */
  probeMs?: number;
}

/** History is pruned on every PRUNE_EVERY-th revision, so at most historyRevisions + PRUNE_EVERY - 1 rows stay. */
export const PRUNE_EVERY = 8;

interface Prepared {
  insertFirst: string;
  updateCas: string;
  insertHistory: string;
  pruneHistory: string;
  selectCurrent: string;
  selectHistory: string;
  selectHistoryOfActor: string;
  updateData: string;
  updateHistoryData: string;
  recordMigration: string;
  insertSchedule: string;
  claimSchedule: string;
  selectDue: string;
}

const SCHEDULE_BATCH = 100;

/** The identity a scheduled invocation's ciphertext is bound to (AAD), distinct from any actor row. */
function scheduleKey(item: Pick<ScheduledInvocation, 'system' | 'id'>): ActorKey {
  return { system: item.system, name: `\u0001scheduled\u0001${item.id}` };
}

export class SqlStateStore implements StateStore {
  readonly kind: string;
  readonly node: string;
  readonly #o: SqlStoreOptions;
  readonly #sql: Prepared;
  #degraded: string | undefined;
  #probe: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(options: SqlStoreOptions) {
    this.#o = options;
    this.kind = options.kind;
    this.node = options.node;
    const d = options.dialect;
    const p = (s: string): string => numbered(s, (n) => d.param(n));
    this.#sql = {
      insertFirst: p(d.insertFirst),
      updateCas: p(d.updateCas),
      insertHistory: p(d.insertHistory),
      pruneHistory: p(d.pruneHistory),
      selectCurrent: p(d.selectCurrent),
      selectHistory: p(d.selectHistory),
      selectHistoryOfActor: p(d.selectHistoryOfActor),
      updateData: p(d.updateData),
      updateHistoryData: p(d.updateHistoryData),
      recordMigration: p(d.recordMigration),
      insertSchedule: p(d.insertSchedule),
      claimSchedule: p(d.claimSchedule),
      selectDue: p(d.selectDue(SCHEDULE_BATCH)),
    };
  }

  get keyring(): Keyring {
    return this.#o.keyring;
  }

  async init(): Promise<void> {
    await this.#guard(() => migrate(this.#o.dialect, this.#o.driver, this.#sql.recordMigration));
    this.#o.logger.info('state store ready', { store: this.kind, keys: this.#o.keyring.describe(), historyRevisions: this.#o.historyRevisions });
  }

  async load(key: ActorKey): Promise<StoredState | null> {
    const { rows } = await this.#guard(() => this.#o.driver.query(this.#sql.selectCurrent, [key.system, key.name]));
    const row = rows[0];
    return row ? this.#decode(key, row) : null;
  }

  async loadRevision(key: ActorKey, revision: number): Promise<StoredState | null> {
    const { rows } = await this.#guard(() => this.#o.driver.query(this.#sql.selectHistory, [key.system, key.name, revision]));
    if (rows[0]) return this.#decode(key, rows[0]);
    const current = await this.load(key);
    return current && current.revision === revision ? current : null;
  }

  async save(key: ActorKey, state: ActorStateRecord, expectedRevision: number): Promise<number> {
    const [outcome] = await this.saveBatch([{ key, record: state, expectedRevision }]);
    if (outcome instanceof Error) throw outcome;
    return outcome as number;
  }

  /** Writes many actors in one transaction; each item succeeds or conflicts on its own. */
  async saveBatch(items: readonly SaveItem[]): Promise<SaveOutcome[]> {
    if (items.length === 0) return [];
    // One lock order for every writer, so two proxies' batches cannot deadlock each other.
    const order = items.map((_, i) => i).sort((a, b) => compareKeys(items[a]!.key, items[b]!.key));
    const sealed = items.map((it) => this.#o.keyring.seal(it.key, it.record.data));
    const now = Date.now();
    return this.#guard(() =>
      this.#o.driver.transaction(async (tx) => {
        const out: SaveOutcome[] = new Array(items.length);
        for (const i of order) out[i] = await this.#writeOne(tx, items[i]!, sealed[i]!, now);
        return out;
      }),
    );
  }

  async #writeOne(tx: SqlExecutor, item: SaveItem, data: Buffer, now: number): Promise<SaveOutcome> {
    const { key, record } = item;
    const tags = JSON.stringify(record.tags ?? {});
    let expected = item.expectedRevision;
    let affected = await this.#cas(tx, key, tags, record.typeUrl, data, expected, now);
    if (affected === 0) {
      // Our own earlier write may have committed although its acknowledgement was lost
      // (connection dropped at COMMIT). A row written by this very process is that write:
      // continue from it instead of reporting a conflict with ourselves.
      const { rows } = await tx.query(this.#sql.selectCurrent, [key.system, key.name]);
      const cur = rows[0];
      const stored = cur ? Number(cur.revision) : 0;
      if (item.afterFailure && cur && String(cur.node) === this.node && stored > expected) {
        this.#o.logger.warn('state write found its own unacknowledged earlier write; continuing from it', {
          system: key.system,
          actor: key.name,
          expected,
          stored,
        });
        expected = stored;
        affected = await this.#cas(tx, key, tags, record.typeUrl, data, expected, now);
      }
      if (affected === 0) {
        return new SpawnError(
          'SPAWN_ERR_STATE_CONFLICT',
          `state of actor '${key.name}' in system '${key.system}' is at revision ${stored} (written by ${cur ? String(cur.node) : 'nobody'}), this proxy expected ${expected}: another writer got there first`,
        );
      }
    }
    const revision = expected + 1;
    const keep = this.#o.historyRevisions;
    if (keep > 0) {
      await tx.query(this.#sql.insertHistory, [key.system, key.name, revision, tags, record.typeUrl, data, this.node, now]);
      if (revision % PRUNE_EVERY === 0 && revision > keep) await tx.query(this.#sql.pruneHistory, [key.system, key.name, revision - keep]);
    }
    return revision;
  }

  async #cas(tx: SqlExecutor, key: ActorKey, tags: string, typeUrl: string, data: Buffer, expected: number, now: number): Promise<number> {
    if (expected === 0) {
      try {
        const r = await tx.query(this.#sql.insertFirst, [key.system, key.name, 1, tags, typeUrl, data, this.node, now, now]);
        return r.affected;
      } catch (err) {
        if (this.#o.dialect.insertFirstConflict === 'error' && this.#o.dialect.isDuplicateKey(err)) return 0;
        throw err;
      }
    }
    const r = await tx.query(this.#sql.updateCas, [expected + 1, tags, typeUrl, data, this.node, now, key.system, key.name, expected]);
    return r.affected;
  }

  #decode(key: ActorKey, row: SqlRow): StoredState {
    return {
      revision: Number(row.revision),
      tags: parseTags(row.tags),
      typeUrl: typeof row.type_url === 'string' ? row.type_url : '',
      data: this.#o.keyring.open(key, asBuffer(row.data)),
    };
  }

  /**
   * Re-encrypts every current and history row that is not sealed with the current key.
   * Safe while proxies run: each update is compare-and-set on the revision it read.
   */
  async rekey(progress?: (done: { rows: number; history: number; skipped: number }) => void): Promise<{ rows: number; history: number; skipped: number }> {
    const counts = { rows: 0, history: 0, skipped: 0 };
    const ring = this.#o.keyring;
    const pageSql = numbered(this.#o.dialect.selectPage(200), (n) => this.#o.dialect.param(n));
    let after = { system: '', actor: '' };
    for (;;) {
      const { rows } = await this.#guard(() => this.#o.driver.query(pageSql, [after.system, after.system, after.actor]));
      if (rows.length === 0) break;
      for (const row of rows) {
        const key = { system: String(row.system_name), name: String(row.actor_name) };
        const data = asBuffer(row.data);
        if (ring.keyIdOf(data) !== ring.current.id) {
          const fresh = ring.seal(key, ring.open(key, data));
          const r = await this.#guard(() => this.#o.driver.query(this.#sql.updateData, [fresh, key.system, key.name, Number(row.revision)]));
          if (r.affected === 1) counts.rows++;
          else counts.skipped++; // rewritten meanwhile, by a proxy that seals with its own current key
        }
        const hist = await this.#guard(() => this.#o.driver.query(this.#sql.selectHistoryOfActor, [key.system, key.name]));
        for (const h of hist.rows) {
          const hd = asBuffer(h.data);
          if (ring.keyIdOf(hd) === ring.current.id) continue;
          const fresh = ring.seal(key, ring.open(key, hd));
          await this.#guard(() => this.#o.driver.query(this.#sql.updateHistoryData, [fresh, key.system, key.name, Number(h.revision)]));
          counts.history++;
        }
      }
      const last = rows[rows.length - 1]!;
      after = { system: String(last.system_name), actor: String(last.actor_name) };
      progress?.(counts);
    }
    return counts;
  }

  async addScheduled(item: ScheduledInvocation): Promise<void> {
    const sealed = this.#o.keyring.seal(scheduleKey(item), item.request);
    await this.#guard(() => this.#o.driver.query(this.#sql.insertSchedule, [item.dueAt, item.id, item.system, item.actor, sealed, Date.now()]));
  }

  async dueScheduled(now: number, limit: number): Promise<ScheduledInvocation[]> {
    const { rows } = await this.#guard(() => this.#o.driver.query(this.#sql.selectDue, [now]));
    return rows.slice(0, limit).map((r) => {
      const item = { id: String(r.id), dueAt: Number(r.due_at), system: String(r.system_name), actor: String(r.actor_name) };
      return { ...item, request: this.#o.keyring.open(scheduleKey(item), asBuffer(r.request)) };
    });
  }

  async claimScheduled(item: Pick<ScheduledInvocation, 'dueAt' | 'id'>): Promise<boolean> {
    const r = await this.#guard(() => this.#o.driver.query(this.#sql.claimSchedule, [item.dueAt, item.id]));
    return r.affected === 1;
  }

  health(): string | undefined {
    return this.#degraded;
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#probe);
    await this.#o.driver.close();
  }

  /** Maps driver failures to SPAWN_ERR_STORE_UNAVAILABLE and tracks degraded health. */
  async #guard<T>(op: () => Promise<T>): Promise<T> {
    try {
      const r = await op();
      if (this.#degraded !== undefined) this.#recovered();
      return r;
    } catch (err) {
      if (err instanceof SpawnError) throw err;
      const message = (err as Error)?.message || String(err);
      this.#degrade(message);
      throw new SpawnError('SPAWN_ERR_STORE_UNAVAILABLE', `${this.kind} state store is unavailable: ${message}`, { cause: err });
    }
  }

  #degrade(reason: string): void {
    if (this.#degraded === undefined) this.#o.logger.error('state store degraded', { code: 'SPAWN_ERR_STORE_UNAVAILABLE', store: this.kind, error: reason });
    this.#degraded = `unavailable: ${reason}`;
    if (this.#probe || this.#closed) return;
    this.#probe = setInterval(() => {
      this.#o.driver.query(this.#o.dialect.ping, []).then(
        () => this.#recovered(),
        () => undefined,
      );
    }, this.#o.probeMs ?? 1000);
    this.#probe.unref();
  }

  #recovered(): void {
    if (this.#degraded !== undefined) this.#o.logger.warn('state store recovered', { store: this.kind });
    this.#degraded = undefined;
    clearInterval(this.#probe);
    this.#probe = undefined;
  }
}

/** Runs fn between `begin` and COMMIT on one session of the driver; ROLLBACK when fn throws. */
export function transactionOnSession<T>(
  session: <R>(fn: (c: SqlExecutor) => Promise<R>) => Promise<R>,
  begin: string,
  fn: (tx: SqlExecutor) => Promise<T>,
): Promise<T> {
  return session(async (c) => {
    await c.query(begin, []);
    try {
      const r = await fn(c);
      await c.query('COMMIT', []);
      return r;
    } catch (err) {
      await c.query('ROLLBACK', []).catch(() => undefined);
      throw err;
    }
  });
}

/** Runs the dialect's migrations under its lock; idempotent, and safe when proxies start together. */
export async function migrate(dialect: SqlDialect, driver: SqlDriver, recordSql: string): Promise<number[]> {
  const run = async (c: SqlExecutor): Promise<number[]> => {
    await c.query(dialect.bootstrap, []);
    const { rows } = await c.query(`SELECT version FROM ${T_MIGRATIONS}`, []);
    const done = new Set(rows.map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const m of dialect.migrations) {
      if (done.has(m.version)) continue;
      for (const s of m.statements) await c.query(s, []);
      await c.query(recordSql, [m.version, Date.now()]);
      applied.push(m.version);
    }
    return applied;
  };
  const lock = dialect.migrationLock;
  if (lock.mode === 'transaction') {
    return driver.transaction(async (tx) => {
      if (lock.acquire) await tx.query(lock.acquire, []);
      return run(tx);
    });
  }
  return driver.session(async (c) => {
    if (lock.mode === 'none') return run(c);
    await c.query(lock.acquire, []);
    try {
      return await run(c);
    } finally {
      await c.query(lock.release, []);
    }
  });
}

function compareKeys(a: ActorKey, b: ActorKey): number {
  return a.system < b.system ? -1 : a.system > b.system ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function parseTags(v: unknown): Record<string, string> {
  if (v === null || v === undefined || v === '') return {};
  const o = typeof v === 'string' ? (JSON.parse(v) as unknown) : v;
  return o && typeof o === 'object' ? (o as Record<string, string>) : {};
}

export function asBuffer(v: unknown): Buffer {
  if (Buffer.isBuffer(v)) return v;
  if (v instanceof Uint8Array) return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  if (typeof v === 'string' && v.startsWith('\\x')) return Buffer.from(v.slice(2), 'hex');
  throw new Error(`state store returned a ${typeof v} where bytes were expected`);
}
