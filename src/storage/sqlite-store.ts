// SQLite adapter (better-sqlite3): the embedded default. One file, WAL journal, one
// connection per proxy. better-sqlite3 is synchronous; a batch of a few hundred rows
// commits in about a millisecond, so it runs inline (see docs/storage.md for the figure).
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { defineDialect, errorCode } from './sql-dialect';
import type { SqlDriver, SqlExecutor, SqlResult } from './sql-store';

export const sqliteDialect = defineDialect({
  name: 'sqlite',
  param: () => '?',
  types: { int: 'INTEGER', text: 'TEXT', key: 'TEXT', bigint: 'INTEGER', blob: 'BLOB', typeUrl: 'TEXT' },
  createTable: 'if-not-exists',
  conflict: { mode: 'on-conflict' },
  limit: 'limit',
  // BEGIN IMMEDIATE takes the write lock up front: a second proxy waits (busy_timeout) and then sees the tables.
  migrationLock: { mode: 'transaction' },
  isDuplicateKey: (err) => String(errorCode(err)).startsWith('SQLITE_CONSTRAINT'),
});

const FILE_LOCKS = new Map<string, Promise<unknown>>();

export class SqliteDriver implements SqlDriver {
  readonly file: string;
  readonly #db: Database.Database;
  readonly #statements = new Map<string, Database.Statement>();

  constructor(file: string, options: { busyTimeoutMs?: number } = {}) {
    this.file = file;
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.#db = new Database(file);
    this.#db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 10_000}`);
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('synchronous = NORMAL');
  }

  #run(sql: string, params: readonly unknown[]): SqlResult {
    let st = this.#statements.get(sql);
    if (!st) {
      st = this.#db.prepare(sql);
      this.#statements.set(sql, st);
    }
    if (st.reader) return { rows: st.all(...params) as Record<string, unknown>[], affected: 0 };
    return { rows: [], affected: st.run(...params).changes };
  }

  /**
   * Transactions await between statements, and better-sqlite3 waits for a busy file by
   * blocking the thread: two connections to one file in one process would deadlock. So all
   * connections of this process to one file take turns.
   */
  #exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const prev = FILE_LOCKS.get(this.file) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    const tail = next.catch(() => undefined);
    FILE_LOCKS.set(this.file, tail);
    void tail.then(() => {
      if (FILE_LOCKS.get(this.file) === tail) FILE_LOCKS.delete(this.file);
    });
    return next;
  }

  query(sql: string, params: readonly unknown[]): Promise<SqlResult> {
    return this.#exclusive(async () => this.#run(sql, params));
  }

  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.#exclusive(async () => {
      this.#db.exec('BEGIN IMMEDIATE');
      try {
        const r = await fn({ query: async (sql, params) => this.#run(sql, params) });
        this.#db.exec('COMMIT');
        return r;
      } catch (err) {
        if (this.#db.inTransaction) this.#db.exec('ROLLBACK');
        throw err;
      }
    });
  }

  session<T>(fn: (c: SqlExecutor) => Promise<T>): Promise<T> {
    return this.#exclusive(() => fn({ query: async (sql, params) => this.#run(sql, params) }));
  }

  async close(): Promise<void> {
    await this.#exclusive(async () => undefined);
    this.#db.close();
  }
}
