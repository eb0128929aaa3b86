// State store settings, read from the environment with Spawn's names (spec §5.5) plus ours.
// A bad value stops start-up naming the variable and a valid example.
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { readBool, readEnum, readInt, readOptionalString, readString, type Env, type Logger } from '../control';
import { SpawnError } from '../errors';
import { Keyring, keyFromBytes, type StoreKey } from './cipher';

export const DATABASE_TYPES = ['sqlite', 'postgres', 'mysql', 'mariadb', 'mssql', 'cockroachdb', 'memory'] as const;
export type DatabaseType = (typeof DATABASE_TYPES)[number];

export const DEFAULT_PORTS: Record<DatabaseType, number> = {
  sqlite: 0,
  memory: 0,
  postgres: 5432,
  mysql: 3306,
  mariadb: 3306,
  mssql: 1433,
  cockroachdb: 26257,
};

export interface StorageConfig {
  type: DatabaseType;
  database: string;
  user: string;
  password: string;
  host: string;
  port: number;
  poolSize: number;
  queueTargetMs: number;
  ssl: boolean;
  sslVerify: boolean;
  dataDir: string;
  /** SQLite only: the database file. */
  sqliteFile: string;
  historyRevisions: number;
  pgDriver: 'native' | 'js';
  /** Written into the `node` column of each row; unique per process. */
  node: string;
  snapshot: {
    shards: number;
    batchSize: number;
    maxBackoffMs: number;
  };
}

const KEY_EXAMPLE = "32 bytes of base64, e.g. the output of 'openssl rand -base64 32'";

export function readStorageConfig(env: Env): StorageConfig {
  const type = readEnum(env, 'PROXY_DATABASE_TYPE', DATABASE_TYPES, 'sqlite');
  const dataDir = resolve(readString(env, 'PROXY_DATA_DIR', './data'));
  const database = readString(env, 'PROXY_DATABASE_NAME', type === 'cockroachdb' ? 'defaultdb' : 'eigr-functions-db');
  // A name with a slash or a file extension is a path; a bare name is a file in the data dir.
  const looksLikePath = database.includes('/') || database.includes('\\') || /\.(db|sqlite3?)$/.test(database) || database === ':memory:';
  const sqliteFile = database === ':memory:' ? database : looksLikePath ? (isAbsolute(database) ? database : resolve(database)) : join(dataDir, `${database}.sqlite3`);
  return {
    type,
    database,
    user: readString(env, 'PROXY_DATABASE_USERNAME', type === 'cockroachdb' ? 'root' : 'admin'),
    password: env.PROXY_DATABASE_SECRET ?? (type === 'cockroachdb' ? '' : 'admin'),
    host: readString(env, 'PROXY_DATABASE_HOST', '127.0.0.1'),
    port: readInt(env, 'PROXY_DATABASE_PORT', DEFAULT_PORTS[type], { min: 0, max: 65535 }),
    poolSize: readInt(env, 'PROXY_DATABASE_POOL_SIZE', 10, { min: 1, max: 1000 }),
    queueTargetMs: readInt(env, 'PROXY_DATABASE_QUEUE_TARGET', 10_000, { min: 1 }),
    ssl: readBool(env, 'PROXY_DATABASE_SSL', false),
    sslVerify: readBool(env, 'PROXY_DATABASE_SSL_VERIFY', true),
    dataDir,
    sqliteFile,
    historyRevisions: readInt(env, 'PROXY_DATABASE_HISTORY_REVISIONS', 16, { min: 0, max: 100_000 }),
    pgDriver: readEnum(env, 'PROXY_DATABASE_PG_DRIVER', ['native', 'js'] as const, 'js'),
    node: `${readString(env, 'PROXY_NODE_NAME', hostname())}/${process.pid}-${randomBytes(3).toString('hex')}`,
    snapshot: {
      shards: readInt(env, 'PROXY_SNAPSHOT_SHARDS', 4, { min: 1, max: 256 }),
      batchSize: readInt(env, 'PROXY_SNAPSHOT_BATCH_SIZE', 256, { min: 1, max: 10_000 }),
      maxBackoffMs: readInt(env, 'PROXY_SNAPSHOT_MAX_BACKOFF_MS', 5_000, { min: 10 }),
    },
  };
}

/** Decodes one base64 key, or throws SPAWN_ERR_CONFIG naming the variable. */
export function parseKey(name: string, value: string): StoreKey {
  const v = value.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(v)) {
    throw new SpawnError('SPAWN_ERR_CONFIG', `${name} must be ${KEY_EXAMPLE} (got a value that is not base64)`);
  }
  const bytes = Buffer.from(v, 'base64');
  if (bytes.length !== 32) throw new SpawnError('SPAWN_ERR_CONFIG', `${name} must be ${KEY_EXAMPLE} (got ${bytes.length} bytes)`);
  return keyFromBytes(bytes);
}

/**
 * The keyring from SPAWN_STATESTORE_KEY (current) and SPAWN_STATESTORE_KEY_PREVIOUS (comma
 * separated, read-only). With SQLite and no key configured, a key is generated once into
 * `<database file>.key` (mode 0600) and reused: encryption stays on, and the log says
 * where the key is so it can be backed up or moved into SPAWN_STATESTORE_KEY.
 */
export function readKeyring(env: Env, config: StorageConfig, logger: Logger): Keyring {
  const previous = (readOptionalString(env, 'SPAWN_STATESTORE_KEY_PREVIOUS') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s, i) => parseKey(`SPAWN_STATESTORE_KEY_PREVIOUS (entry ${i + 1})`, s));
  const configured = readOptionalString(env, 'SPAWN_STATESTORE_KEY');
  const keyFile = config.type === 'sqlite' && config.sqliteFile !== ':memory:' ? `${config.sqliteFile}.key` : undefined;
  if (configured !== undefined) {
    const current = parseKey('SPAWN_STATESTORE_KEY', configured);
    // Rows written with a generated key stay readable after switching to a configured key.
    if (keyFile && existsSync(keyFile)) previous.push(parseKey(keyFile, readFileSync(keyFile, 'utf8')));
    return new Keyring(current, previous);
  }
  if (config.type === 'sqlite') {
    if (!keyFile) return new Keyring(keyFromBytes(randomBytes(32)), previous);
    return new Keyring(generatedKey(keyFile, logger), previous);
  }
  throw new SpawnError(
    'SPAWN_ERR_CONFIG',
    `SPAWN_STATESTORE_KEY is required for PROXY_DATABASE_TYPE=${config.type}: it must be ${KEY_EXAMPLE}`,
  );
}

function generatedKey(file: string, logger: Logger): StoreKey {
  mkdirSync(dirname(file), { recursive: true });
  try {
    // 'wx': exactly one of two proxies starting together creates the file; the other reads it.
    const fd = openSync(file, 'wx', 0o600);
    writeSync(fd, `${randomBytes(32).toString('base64')}\n`);
    closeSync(fd);
    logger.warn(
      `SPAWN_STATESTORE_KEY is not set: generated a state encryption key in ${file} (mode 0600). ` +
        'Back it up: without it the stored state cannot be read. To manage the key yourself, set SPAWN_STATESTORE_KEY to its contents.',
      { keyFile: file },
    );
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw new SpawnError('SPAWN_ERR_CONFIG', `SPAWN_STATESTORE_KEY is not set and the key file ${file} cannot be created: ${(err as Error).message}`, { cause: err });
    }
    logger.warn(`SPAWN_STATESTORE_KEY is not set: using the generated state encryption key in ${file}`, { keyFile: file });
  }
  for (let i = 0; ; i++) {
    const text = readFileSync(file, 'utf8');
    // A concurrent creator may not have written it yet.
    if (text.trim() === '' && i < 50) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
      continue;
    }
    return parseKey(file, text);
  }
}
