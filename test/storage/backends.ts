// The real databases the storage tests run against: a SQLite file, PostgreSQL (both
// drivers) and MariaDB on this machine. Each call makes a uniquely named database and
// drops it in the test's teardown.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { MARIADB, PG, createMariaDatabase, createPgDatabase, dropMariaDatabase, dropPgDatabase, uniqueName } from '../../bench/micro/db';

export interface Backend {
  name: string;
  /** Creates a fresh database; returns the env that points a store (or proxy) at it. */
  create(t: { teardown(fn: () => unknown): void }): Promise<Record<string, string>>;
}

export const newKey = (): string => randomBytes(32).toString('base64');

export const sqlite: Backend = {
  name: 'sqlite',
  async create(t) {
    const dir = mkdtempSync(join(os.tmpdir(), 'spawn-sqlite-'));
    t.teardown(() => rmSync(dir, { recursive: true, force: true }));
    return { PROXY_DATABASE_TYPE: 'sqlite', PROXY_DATA_DIR: dir, PROXY_DATABASE_NAME: join(dir, 'state.db') };
  },
};

export function postgres(driver: 'native' | 'js'): Backend {
  return {
    name: `postgres-${driver}`,
    async create(t) {
      const db = uniqueName('spawn_test');
      await createPgDatabase(db);
      t.teardown(() => dropPgDatabase(db));
      return {
        PROXY_DATABASE_TYPE: 'postgres',
        PROXY_DATABASE_NAME: db,
        PROXY_DATABASE_USERNAME: PG.user,
        PROXY_DATABASE_SECRET: PG.password,
        PROXY_DATABASE_HOST: PG.host,
        PROXY_DATABASE_PORT: String(PG.port),
        PROXY_DATABASE_PG_DRIVER: driver,
      };
    },
  };
}

export const mariadb: Backend = {
  name: 'mariadb',
  async create(t) {
    const db = uniqueName('spawn_test');
    await createMariaDatabase(db);
    t.teardown(() => dropMariaDatabase(db));
    return {
      PROXY_DATABASE_TYPE: 'mariadb',
      PROXY_DATABASE_NAME: db,
      PROXY_DATABASE_USERNAME: MARIADB.user,
      PROXY_DATABASE_SECRET: MARIADB.password,
      PROXY_DATABASE_HOST: MARIADB.host,
      PROXY_DATABASE_PORT: String(MARIADB.port),
    };
  },
};

export const ALL: Backend[] = [sqlite, postgres('native'), postgres('js'), mariadb];
