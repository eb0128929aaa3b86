// Microsoft SQL Server adapter (tedious). Not run against a real SQL Server (none can be
// installed here): its statements and type mapping are unit-tested only; docs/storage.md.
//
// T-SQL differences handled here: @pN placeholders, TOP instead of LIMIT, no CREATE TABLE
// IF NOT EXISTS (OBJECT_ID checks instead), sp_getapplock for migrations, duplicate keys
// are errors 2627/2601 (statement-level rollback: the batch transaction goes on), and key
// columns are NVARCHAR(200) so the clustered primary key stays under 900 bytes.
import { Connection, Request, TYPES, type ConnectionConfiguration } from 'tedious';
import { defineDialect, errorCode } from './sql-dialect';
import type { ServerConnection, SqlDriver, SqlExecutor, SqlResult } from './sql-store';

export const mssqlDialect = defineDialect({
  name: 'mssql',
  param: (n) => `@p${n}`,
  types: { int: 'INT', text: 'NVARCHAR(MAX)', key: 'NVARCHAR(200)', bigint: 'BIGINT', blob: 'VARBINARY(MAX)', typeUrl: 'NVARCHAR(1024)' },
  createTable: 'object-id',
  // A migration is recorded under the applock, so no other starter can record the same version meanwhile.
  conflict: { mode: 'error', recordMigration: 'locked' },
  limit: 'top',
  migrationLock: {
    mode: 'transaction',
    acquire: `EXEC sp_getapplock @Resource = 'spawn_proxy_migrations', @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 60000`,
  },
  ping: 'SELECT 1 AS ok',
  isDuplicateKey: (err) => {
    const n = errorCode(err);
    return n === 2627 || n === 2601;
  },
});

/** The tedious type of one bind value: text as NVARCHAR, integers as BIGINT, bytes as VARBINARY. */
export function mssqlType(v: unknown): (typeof TYPES)[keyof typeof TYPES] {
  if (typeof v === 'number') return Number.isInteger(v) ? TYPES.BigInt : TYPES.Float;
  if (v instanceof Uint8Array) return TYPES.VarBinary;
  return TYPES.NVarChar;
}

export function tediousConfig(c: ServerConnection): ConnectionConfiguration {
  return {
    server: c.host,
    authentication: { type: 'default', options: { userName: c.user, password: c.password } },
    options: {
      port: c.port,
      database: c.database,
      encrypt: c.ssl,
      trustServerCertificate: !c.sslVerify,
      connectTimeout: c.queueTargetMs,
      rowCollectionOnRequestCompletion: true,
      useColumnNames: false,
    },
  };
}

class TediousConn implements SqlExecutor {
  broken = false;
  constructor(readonly conn: Connection) {
    conn.on('error', () => (this.broken = true));
    conn.on('end', () => (this.broken = true));
  }

  query(sql: string, params: readonly unknown[]): Promise<SqlResult> {
    return new Promise((resolve, reject) => {
      const req = new Request(sql, (err, rowCount, rows) => {
        if (err) return reject(err);
        const out = ((rows ?? []) as Array<Array<{ value: unknown; metadata: { colName: string } }>>).map((cols) => {
          const o: Record<string, unknown> = {};
          for (const c of cols) o[c.metadata.colName] = c.value;
          return o;
        });
        resolve({ rows: out, affected: rowCount ?? 0 });
      });
      params.forEach((v, i) => req.addParameter(`p${i + 1}`, mssqlType(v), v as never));
      this.conn.execSql(req);
    });
  }

  call(fn: (cb: (err?: Error | null) => void) => void): Promise<void> {
    return new Promise((resolve, reject) => fn((err) => (err ? reject(err) : resolve())));
  }
}

/** tedious has one request per connection at a time and no pool: this is a small one. */
export class MssqlDriver implements SqlDriver {
  readonly #c: ServerConnection;
  readonly #idle: TediousConn[] = [];
  readonly #waiters: Array<(c: TediousConn) => void> = [];
  #open = 0;
  #closed = false;

  constructor(c: ServerConnection) {
    this.#c = c;
  }

  async #acquire(): Promise<TediousConn> {
    for (let c = this.#idle.pop(); c; c = this.#idle.pop()) if (!c.broken) return c;
    if (this.#open < this.#c.poolSize) {
      this.#open++;
      try {
        const conn = new Connection(tediousConfig(this.#c));
        await new Promise<void>((resolve, reject) => conn.connect((err) => (err ? reject(err) : resolve())));
        return new TediousConn(conn);
      } catch (err) {
        this.#open--;
        throw err;
      }
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no SQL Server connection free within ${this.#c.queueTargetMs} ms`)), this.#c.queueTargetMs);
      this.#waiters.push((c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
  }

  #release(c: TediousConn): void {
    if (c.broken || this.#closed) {
      this.#open--;
      c.conn.close();
      return;
    }
    const w = this.#waiters.shift();
    if (w) w(c);
    else this.#idle.push(c);
  }

  async session<T>(fn: (c: SqlExecutor) => Promise<T>): Promise<T> {
    const c = await this.#acquire();
    try {
      return await fn(c);
    } finally {
      this.#release(c);
    }
  }

  query(sql: string, params: readonly unknown[]): Promise<SqlResult> {
    return this.session((c) => c.query(sql, params));
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const c = await this.#acquire();
    try {
      await c.call((cb) => c.conn.beginTransaction(cb));
      try {
        const r = await fn(c);
        await c.call((cb) => c.conn.commitTransaction(cb));
        return r;
      } catch (err) {
        await c.call((cb) => c.conn.rollbackTransaction(cb)).catch(() => undefined);
        throw err;
      }
    } finally {
      this.#release(c);
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const c of this.#idle.splice(0)) c.conn.close();
  }
}
