// SQL generation of the adapters that cannot run here (MSSQL, CockroachDB), checked as text,
// plus the rules every dialect must keep. Nothing in this file talks to a server.
import t from 'tap';
import { TYPES } from 'tedious';
import { COCKROACH_TXN_RETRIES, CockroachDriver, cockroachDialect, isRetryableTxn } from '../../src/storage/cockroachdb-store';
import { mssqlDialect, mssqlType, tediousConfig } from '../../src/storage/mssql-store';
import { mysqlDialect } from '../../src/storage/mysql-store';
import { postgresDialect } from '../../src/storage/postgres-store';
import { numbered, type SqlDialect } from '../../src/storage/sql-dialect';
import { sqliteDialect } from '../../src/storage/sqlite-store';

const ALL: SqlDialect[] = [sqliteDialect, postgresDialect, cockroachDialect, mysqlDialect, mssqlDialect];

t.test('every dialect: placeholders count matches the documented parameters', async (t) => {
  const expected: Record<string, number> = {
    insertFirst: 9,
    updateCas: 9,
    insertHistory: 8,
    pruneHistory: 3,
    selectCurrent: 2,
    selectHistory: 3,
    selectHistoryOfActor: 2,
    updateData: 4,
    updateHistoryData: 4,
    recordMigration: 2,
  };
  for (const d of ALL) {
    for (const [k, n] of Object.entries(expected)) {
      const sql = (d as unknown as Record<string, string>)[k]!;
      t.equal((sql.match(/\?/g) ?? []).length, n, `${d.name}.${k}`);
    }
    t.equal((d.selectPage(10).match(/\?/g) ?? []).length, 3, `${d.name}.selectPage`);
    t.notMatch(d.updateCas, /\bsystem\b\s*=|\bactor\b\s*=/, `${d.name}: no bare system/actor columns (SYSTEM is reserved in MySQL 8)`);
    t.match(d.updateCas, /WHERE system_name = \? AND actor_name = \? AND revision = \?$/, `${d.name}: the update is compare-and-set on revision`);
  }
});

t.test('MSSQL: T-SQL dialect', async (t) => {
  const d = mssqlDialect;
  t.equal(
    numbered(d.updateCas, (n) => d.param(n)),
    'UPDATE spawn_actor_state SET revision = @p1, tags = @p2, type_url = @p3, data = @p4, node = @p5, updated_at = @p6 WHERE system_name = @p7 AND actor_name = @p8 AND revision = @p9',
  );
  t.match(d.selectPage(50), /^SELECT TOP \(50\) system_name, actor_name, revision, data FROM spawn_actor_state WHERE/);
  t.notMatch(d.selectPage(50), /LIMIT/);
  t.match(d.bootstrap, /^IF OBJECT_ID\(N'spawn_schema_migrations', N'U'\) IS NULL CREATE TABLE/);
  const ddl = d.migrations[0]!.statements.join('\n');
  t.notMatch(ddl, /IF NOT EXISTS/, 'SQL Server has no CREATE TABLE IF NOT EXISTS');
  t.match(ddl, /system_name NVARCHAR\(200\) NOT NULL, actor_name NVARCHAR\(200\) NOT NULL/, 'clustered key stays under 900 bytes');
  t.match(ddl, /data VARBINARY\(MAX\) NOT NULL/);
  t.match(ddl, /tags NVARCHAR\(MAX\)/);
  t.same(d.migrationLock, { mode: 'transaction', acquire: d.migrationLock.mode === 'transaction' ? d.migrationLock.acquire : '' });
  t.match(
    (d.migrationLock as { acquire: string }).acquire,
    /sp_getapplock @Resource = 'spawn_proxy_migrations', @LockMode = 'Exclusive', @LockOwner = 'Transaction'/,
  );
  t.equal(d.insertFirstConflict, 'error');
  t.ok(d.isDuplicateKey({ number: 2627 }), 'PK violation');
  t.ok(d.isDuplicateKey({ number: 2601 }), 'unique index violation');
  t.notOk(d.isDuplicateKey({ number: 1205 }), 'a deadlock is not a duplicate');
  t.equal(mssqlType('x'), TYPES.NVarChar);
  t.equal(mssqlType(12), TYPES.BigInt);
  t.equal(mssqlType(Buffer.from('x')), TYPES.VarBinary);
  const cfg = tediousConfig({
    host: 'db',
    port: 1433,
    database: 'spawn',
    user: 'sa',
    password: 'pw',
    poolSize: 2,
    queueTargetMs: 5000,
    ssl: true,
    sslVerify: false,
  });
  t.equal(cfg.server, 'db');
  t.equal(cfg.options?.port, 1433);
  t.equal(cfg.options?.encrypt, true);
  t.equal(cfg.options?.trustServerCertificate, true, 'PROXY_DATABASE_SSL_VERIFY=false trusts the server certificate');
});

t.test('CockroachDB: PostgreSQL wire, its own dialect where it differs', async (t) => {
  const d = cockroachDialect;
  t.equal(d.param(3), '$3');
  t.same(d.migrationLock, { mode: 'none' }, 'no advisory locks: every migration statement is idempotent instead');
  for (const s of d.migrations[0]!.statements) t.match(s, /^CREATE TABLE IF NOT EXISTS/);
  t.match(d.migrations[0]!.statements.join(), /data BYTES NOT NULL/);
  t.match(d.migrations[0]!.statements.join(), /revision INT8 NOT NULL/);
  t.match(d.recordMigration, /ON CONFLICT \(version\) DO NOTHING/, 'concurrent starters may both record version 1');
  t.match(d.insertFirst, /ON CONFLICT \(system_name, actor_name\) DO NOTHING$/);
  t.ok(isRetryableTxn({ code: '40001' }));
  t.notOk(isRetryableTxn({ code: '23505' }));
  t.ok(COCKROACH_TXN_RETRIES >= 3);
});

t.test('CockroachDB driver retries a transaction that aborted with 40001', async (t) => {
  const driver = new CockroachDriver({
    host: '127.0.0.1',
    port: 1,
    database: 'x',
    user: 'root',
    password: '',
    poolSize: 1,
    queueTargetMs: 100,
    ssl: false,
    sslVerify: false,
    driver: 'js',
  });
  t.teardown(() => driver.close());
  // Stand in for the connection: session() hands fn an executor; the retry loop is what is tested.
  let attempts = 0;
  Object.defineProperty(driver, 'session', {
    value: async (fn: (c: { query: () => Promise<{ rows: []; affected: 0 }> }) => Promise<unknown>) => fn({ query: async () => ({ rows: [], affected: 0 }) }),
  });
  const r = await driver.transaction(async () => {
    attempts++;
    if (attempts < 3) throw Object.assign(new Error('restart transaction'), { code: '40001' });
    return 'done';
  });
  t.equal(r, 'done');
  t.equal(attempts, 3);
  const other = await driver
    .transaction(async () => {
      throw Object.assign(new Error('duplicate'), { code: '23505' });
    })
    .catch((e: Error) => e);
  t.match(other.message, /duplicate/, 'other errors are not retried');
});

t.test('PostgreSQL and MariaDB lock migrations; first-write conflicts', async (t) => {
  t.match((postgresDialect.migrationLock as { acquire: string }).acquire, /pg_advisory_xact_lock/);
  t.equal(mysqlDialect.migrationLock.mode, 'session');
  t.match((mysqlDialect.migrationLock as { acquire: string }).acquire, /GET_LOCK/);
  t.equal(postgresDialect.insertFirstConflict, 'ignore');
  t.equal(mysqlDialect.insertFirstConflict, 'error');
  t.ok(mysqlDialect.isDuplicateKey({ code: 'ER_DUP_ENTRY', errno: 1062 }));
  t.ok(postgresDialect.isDuplicateKey({ code: '23505' }));
  t.match(mysqlDialect.migrations[0]!.statements.join(), /VARCHAR\(255\) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin/);
});
