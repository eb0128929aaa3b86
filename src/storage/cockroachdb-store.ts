// CockroachDB adapter: PostgreSQL wire (the pg drivers), with CockroachDB's differences:
// - no advisory locks, and DDL inside explicit transactions is discouraged: migrations run
//   statement by statement, each idempotent (IF NOT EXISTS, ON CONFLICT DO NOTHING);
// - SERIALIZABLE transactions abort with SQLSTATE 40001 under contention and must be
//   retried by the client: batches retry a few times before they count as a failure;
// - default port 26257, types spelled as CockroachDB documents them (STRING, INT8, BYTES).
// Not run against a real CockroachDB server (none can be installed here): docs/storage.md.
import { defineDialect, errorCode } from './sql-dialect';
import { PgDriver, postgresSpec, type PgConnection } from './postgres-store';
import type { SqlExecutor } from './sql-store';

export const cockroachDialect = defineDialect({
  ...postgresSpec,
  name: 'cockroachdb',
  types: { int: 'INT8', text: 'STRING', key: 'STRING', bigint: 'INT8', blob: 'BYTES', typeUrl: 'STRING' },
  migrationLock: { mode: 'none' },
});

export const COCKROACH_TXN_RETRIES = 5;

/** SQLSTATE 40001 (serialization failure / "restart transaction"): the client must retry. */
export function isRetryableTxn(err: unknown): boolean {
  return errorCode(err) === '40001';
}

export class CockroachDriver extends PgDriver {
  constructor(c: PgConnection) {
    super({ ...c, applicationName: 'spawn-proxy' });
  }

  override async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await super.transaction(fn);
      } catch (err) {
        if (!isRetryableTxn(err) || attempt >= COCKROACH_TXN_RETRIES) throw err;
        await new Promise((r) => setTimeout(r, 5 * 2 ** attempt * Math.random()));
      }
    }
  }
}
