// The state store's settings come typed from loadConfig() (control/config-schema.ts); this
// file derives what they imply: the SQLite file, and the keyring (with the key file that
// SQLite generates when no key is configured).
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { STORE_KEY_FORMAT, decodeStoreKey, type Logger, type StorageConfig } from '../control';
import { SpawnError } from '../errors';
import { Keyring, keyFromBytes, type StoreKey } from './cipher';

export { DATABASE_TYPES, DEFAULT_PORTS, type DatabaseType, type StorageConfig } from '../control';

/**
 * SQLite's database file: PROXY_DATABASE_NAME when it is a path (a slash or a file
 * extension) or ':memory:', else `<PROXY_DATA_DIR>/<name>.sqlite3`.
 */
export function sqliteFile(config: Pick<StorageConfig, 'database' | 'dataDir'>): string {
  const { database, dataDir } = config;
  if (database === ':memory:') return database;
  const looksLikePath = database.includes('/') || database.includes('\\') || /\.(db|sqlite3?)$/.test(database);
  return looksLikePath ? (isAbsolute(database) ? database : resolve(database)) : join(dataDir, `${database}.sqlite3`);
}

/** Decodes one base64 key, or throws SPAWN_ERR_CONFIG naming `name` (a variable or a key file). */
export function parseKey(name: string, value: string): StoreKey {
  return keyFromBytes(decodeStoreKey(name, value));
}

/**
 * The keyring from SPAWN_STATESTORE_KEY (current) and SPAWN_STATESTORE_KEY_PREVIOUS
 * (read-only). With SQLite and no key configured, a key is generated once into
 * `<database file>.key` (mode 0600) and reused: encryption stays on, and the log says
 * where the key is so it can be backed up or moved into SPAWN_STATESTORE_KEY.
 */
export function createKeyring(config: StorageConfig, logger: Logger): Keyring {
  const previous = config.keys.previous.map((k, i) => parseKey(`SPAWN_STATESTORE_KEY_PREVIOUS (entry ${i + 1})`, k.reveal()));
  const file = config.type === 'sqlite' ? sqliteFile(config) : undefined;
  const keyFile = file !== undefined && file !== ':memory:' ? `${file}.key` : undefined;
  if (config.keys.current !== undefined) {
    const current = parseKey('SPAWN_STATESTORE_KEY', config.keys.current.reveal());
    // Rows written with a generated key stay readable after switching to a configured key.
    if (keyFile && existsSync(keyFile)) previous.push(parseKey(keyFile, readFileSync(keyFile, 'utf8')));
    return new Keyring(current, previous);
  }
  if (config.type === 'sqlite') {
    if (!keyFile) return new Keyring(keyFromBytes(randomBytes(32)), previous);
    return new Keyring(generatedKey(keyFile, logger), previous);
  }
  throw new SpawnError('SPAWN_ERR_CONFIG', `SPAWN_STATESTORE_KEY is required for PROXY_DATABASE_TYPE=${config.type}: it must be ${STORE_KEY_FORMAT}`);
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
      throw new SpawnError('SPAWN_ERR_CONFIG', `SPAWN_STATESTORE_KEY is not set and the key file ${file} cannot be created: ${(err as Error).message}`, {
        cause: err,
      });
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
