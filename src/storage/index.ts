// State plane: the StateStore interface, one adapter per database, encryption at rest,
// and the snapshot pipeline that batches writes.
import type { Logger, StorageConfig } from '../control';
import { createKeyring, sqliteFile } from './config';
import { CockroachDriver, cockroachDialect } from './cockroachdb-store';
import { MemoryStateStore } from './memory-store';
import { MssqlDriver, mssqlDialect } from './mssql-store';
import { MysqlDriver, mysqlDialect } from './mysql-store';
import { PgDriver, postgresDialect } from './postgres-store';
import { SqlStateStore } from './sql-store';
import { SqliteDriver, sqliteDialect } from './sqlite-store';
import type { StateStore } from './state-store';

export type { ActorKey, ActorStateRecord, SaveItem, SaveOutcome, ScheduledInvocation, SnapshotSettings, StateStore, StoredState } from './state-store';
export { MemoryStateStore } from './memory-store';
export { SqlStateStore } from './sql-store';
export { Keyring } from './cipher';
export { DATABASE_TYPES, sqliteFile, type StorageConfig, type DatabaseType } from './config';
export { InstrumentedStateStore } from './instrumented-store';
export { SnapshotPipeline, type Snapshotable, type SnapshotCapture, type SnapshotPipelineOptions } from './snapshot-pipeline';

/**
 * Builds the StateStore that PROXY_DATABASE_TYPE selects (SQLite when unset) from the
 * configuration's storage section (`loadConfig().storage`); it logs through `logger`.
 */
export function createStateStore(storage: StorageConfig, logger: Logger): StateStore {
  const store = buildStore(storage, logger);
  store.snapshotSettings = storage.snapshot;
  return store;
}

function buildStore(c: StorageConfig, logger: Logger): StateStore {
  if (c.type === 'memory') {
    logger.warn('PROXY_DATABASE_TYPE=memory: actor state is not persisted and is lost when the proxy stops');
    return new MemoryStateStore({ historyLimit: c.historyRevisions });
  }
  const keyring = createKeyring(c, logger);
  const net = {
    host: c.host,
    port: c.port,
    database: c.database,
    user: c.user,
    password: c.password.reveal(),
    poolSize: c.poolSize,
    queueTargetMs: c.queueTargetMs,
    ssl: c.ssl,
    sslVerify: c.sslVerify,
  };
  const common = { keyring, node: c.node, historyRevisions: c.historyRevisions, logger };
  switch (c.type) {
    case 'sqlite':
      return new SqlStateStore({ ...common, kind: 'sqlite', dialect: sqliteDialect, driver: new SqliteDriver(sqliteFile(c)) });
    case 'postgres':
      return new SqlStateStore({ ...common, kind: 'postgres', dialect: postgresDialect, driver: new PgDriver({ ...net, driver: c.pgDriver }) });
    case 'cockroachdb':
      return new SqlStateStore({ ...common, kind: 'cockroachdb', dialect: cockroachDialect, driver: new CockroachDriver({ ...net, driver: c.pgDriver }) });
    case 'mysql':
    case 'mariadb':
      return new SqlStateStore({ ...common, kind: c.type, dialect: mysqlDialect, driver: new MysqlDriver(net) });
    case 'mssql':
      return new SqlStateStore({ ...common, kind: 'mssql', dialect: mssqlDialect, driver: new MssqlDriver(net) });
  }
}
