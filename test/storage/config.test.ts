import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { createLogger } from '../../src/control';
import { SpawnError } from '../../src/errors';
import { readStorageConfig } from '../../src/storage';
import { readKeyring } from '../../src/storage/config';

t.test('defaults: SQLite under PROXY_DATA_DIR', async (t) => {
  const c = readStorageConfig({ PROXY_DATA_DIR: '/tmp/x' });
  t.equal(c.type, 'sqlite');
  t.equal(c.sqliteFile, '/tmp/x/eigr-functions-db.sqlite3');
  t.equal(readStorageConfig({ PROXY_DATABASE_NAME: '/var/lib/s.db' }).sqliteFile, '/var/lib/s.db', 'a path is used as is');
  t.equal(readStorageConfig({ PROXY_DATABASE_TYPE: 'postgres' }).port, 5432);
  t.equal(readStorageConfig({ PROXY_DATABASE_TYPE: 'cockroachdb' }).port, 26257);
  t.equal(readStorageConfig({ PROXY_DATABASE_TYPE: 'mssql' }).port, 1433);
  t.equal(readStorageConfig({ PROXY_DATABASE_TYPE: 'mariadb' }).port, 3306);
  const ssl = readStorageConfig({ PROXY_DATABASE_TYPE: 'postgres', PROXY_DATABASE_SSL: 'true' });
  t.equal(ssl.sslVerify, true, 'with SSL on, the server certificate is verified unless PROXY_DATABASE_SSL_VERIFY=false');
  t.equal(readStorageConfig({ PROXY_DATABASE_SSL: 'true', PROXY_DATABASE_SSL_VERIFY: 'false' }).sslVerify, false);
});

t.test('bad settings name the variable and a valid value', async (t) => {
  const cases: Array<[Record<string, string>, RegExp]> = [
    [{ PROXY_DATABASE_TYPE: 'oracle' }, /PROXY_DATABASE_TYPE must be one of sqlite, postgres, mysql, mariadb, mssql, cockroachdb, memory \(got 'oracle'\)/],
    [{ PROXY_DATABASE_PORT: 'x' }, /PROXY_DATABASE_PORT must be an integer/],
    [{ PROXY_DATABASE_POOL_SIZE: '0' }, /PROXY_DATABASE_POOL_SIZE must be an integer between 1 and 1000/],
    [{ PROXY_DATABASE_SSL: 'maybe' }, /PROXY_DATABASE_SSL must be true or false/],
    [{ PROXY_DATABASE_HISTORY_REVISIONS: '-1' }, /PROXY_DATABASE_HISTORY_REVISIONS must be an integer between 0/],
  ];
  for (const [env, re] of cases) {
    const err = t.throws(() => readStorageConfig(env)) as unknown as SpawnError;
    t.equal(err.code, 'SPAWN_ERR_CONFIG');
    t.match(err.message, re);
  }
  const logger = createLogger('error');
  const pgc = readStorageConfig({ PROXY_DATABASE_TYPE: 'postgres' });
  t.throws(() => readKeyring({}, pgc, logger), /SPAWN_STATESTORE_KEY is required for PROXY_DATABASE_TYPE=postgres: it must be 32 bytes of base64, e.g. the output of 'openssl rand -base64 32'/);
  t.throws(() => readKeyring({ SPAWN_STATESTORE_KEY: Buffer.alloc(12).toString('base64') }, pgc, logger), /SPAWN_STATESTORE_KEY must be 32 bytes of base64.*\(got 12 bytes\)/);
  t.throws(() => readKeyring({ SPAWN_STATESTORE_KEY: 'not base64!' }, pgc, logger), /not base64/);
  t.throws(
    () => readKeyring({ SPAWN_STATESTORE_KEY: Buffer.alloc(32).toString('base64'), SPAWN_STATESTORE_KEY_PREVIOUS: 'abc' }, pgc, logger),
    /SPAWN_STATESTORE_KEY_PREVIOUS \(entry 1\) must be 32 bytes/,
  );
});

t.test('SQLite without a key: a key file is generated once, 0600, and logged', async (t) => {
  const dir = mkdtempSync(join(os.tmpdir(), 'spawn-key-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const lines: string[] = [];
  const logger = createLogger('info', (l) => lines.push(l));
  const c = readStorageConfig({ PROXY_DATA_DIR: dir });
  const k1 = readKeyring({}, c, logger);
  const file = `${c.sqliteFile}.key`;
  t.equal(statSync(file).mode & 0o777, 0o600);
  t.match(lines.join(''), /generated a state encryption key in .*\.key \(mode 0600\)/);
  t.equal(readKeyring({}, c, logger).current.id, k1.current.id, 'reused on the next start');
  const configured = Buffer.alloc(32, 7).toString('base64');
  const k2 = readKeyring({ SPAWN_STATESTORE_KEY: configured }, c, logger);
  t.not(k2.current.id, k1.current.id);
  t.same(k2.previous.map((k) => k.id), [k1.current.id], 'the generated key stays readable after a key is configured');
  t.equal(readFileSync(file, 'utf8').trim().length, 44);
});
