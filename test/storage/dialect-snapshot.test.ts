// Every dialect generates, to the byte, the statements captured from the hand-written
// dialects before they were rebuilt on one base (dialect-statements.snapshot.ts). A
// difference here is a change of SQL: for MSSQL and CockroachDB, which cannot run on this
// machine, this comparison is the only check there is.
import t from 'tap';
import { cockroachDialect } from '../../src/storage/cockroachdb-store';
import { mssqlDialect } from '../../src/storage/mssql-store';
import { mysqlDialect } from '../../src/storage/mysql-store';
import { postgresDialect } from '../../src/storage/postgres-store';
import { numbered, type SqlDialect } from '../../src/storage/sql-dialect';
import { sqliteDialect } from '../../src/storage/sqlite-store';
import { CAPTURED_STATEMENTS } from './dialect-statements.snapshot';

const DIALECTS: SqlDialect[] = [sqliteDialect, postgresDialect, cockroachDialect, mysqlDialect, mssqlDialect];

/** Errors each dialect's isDuplicateKey is asked about, in the order of the captured answers. */
const ERRORS: unknown[] = [
  { code: '23505' },
  { code: '40001' },
  { code: 'ER_DUP_ENTRY', errno: 1062 },
  { errno: 1062 },
  { code: 'ER_LOCK_DEADLOCK', errno: 1213 },
  { code: 'SQLITE_CONSTRAINT_PRIMARYKEY' },
  { code: 'SQLITE_BUSY' },
  { number: 2627 },
  { number: 2601 },
  { number: 1205 },
  null,
  'text',
];

const TEXT = [
  'recordMigration',
  'insertFirst',
  'updateCas',
  'insertHistory',
  'pruneHistory',
  'selectCurrent',
  'selectHistory',
  'selectHistoryOfActor',
  'updateData',
  'updateHistoryData',
  'ping',
] as const;

/** What a dialect hands the store: statement text with `?`, and as executed (numbered placeholders). */
function statementsOf(d: SqlDialect): Record<string, unknown> {
  const s: Record<string, unknown> = {
    param: [1, 2, 10].map((n) => d.param(n)),
    migrationLock: d.migrationLock,
    bootstrap: d.bootstrap,
    migrations: d.migrations,
    insertFirstConflict: d.insertFirstConflict,
  };
  for (const k of TEXT) s[k] = d[k];
  s.insertSchedule = d.insertSchedule;
  s.claimSchedule = d.claimSchedule;
  s['selectDue(100)'] = d.selectDue(100);
  s['selectDue(1)'] = d.selectDue(1);
  s['selectPage(200)'] = d.selectPage(200);
  s['selectPage(7)'] = d.selectPage(7);
  const executed: Record<string, string> = {};
  for (const k of [...TEXT.filter((k) => k !== 'ping'), 'insertSchedule', 'claimSchedule', 'selectDue(100)', 'selectPage(200)']) {
    executed[k] = numbered(s[k] as string, (n) => d.param(n));
  }
  s.executed = executed;
  s.isDuplicateKey = ERRORS.map((e) => d.isDuplicateKey(e));
  return s;
}

t.test('each dialect generates exactly the captured statements', async (t) => {
  t.same(DIALECTS.map((d) => d.name).sort(), Object.keys(CAPTURED_STATEMENTS).sort(), 'one capture per dialect');
  for (const d of DIALECTS) {
    // JSON round trip: compares text and plain data only, as captured.
    const now = JSON.parse(JSON.stringify(statementsOf(d))) as Record<string, unknown>;
    const then = CAPTURED_STATEMENTS[d.name] as Record<string, unknown>;
    t.strictSame(Object.keys(now).sort(), Object.keys(then).sort(), `${d.name}: the same statements`);
    for (const k of Object.keys(then)) t.strictSame(now[k], then[k], `${d.name}.${k}`);
  }
});
