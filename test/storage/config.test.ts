import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { createLogger, loadConfig, type Env } from '../../src/control';
import { SpawnError } from '../../src/errors';
import { sqliteFile } from '../../src/storage';
import { createKeyring } from '../../src/storage/config';

const storage = (env: Env) => loadConfig(env).storage;

t.test('defaults: SQLite under PROXY_DATA_DIR', async (t) => {
  const c = storage({ PROXY_DATA_DIR: '/tmp/x' });
  t.equal(c.type, 'sqlite');
  t.equal(sqliteFile(c), '/tmp/x/eigr-functions-db.sqlite3');
  t.equal(sqliteFile(storage({ PROXY_DATABASE_NAME: '/var/lib/s.db' })), '/var/lib/s.db', 'a path is used as is');
  t.equal(storage({ PROXY_DATABASE_TYPE: 'postgres' }).port, 5432);
  t.equal(storage({ PROXY_DATABASE_TYPE: 'cockroachdb' }).port, 26257);
  t.equal(storage({ PROXY_DATABASE_TYPE: 'mssql' }).port, 1433);
  t.equal(storage({ PROXY_DATABASE_TYPE: 'mariadb' }).port, 3306);
  const ssl = storage({ PROXY_DATABASE_TYPE: 'postgres', PROXY_DATABASE_SSL: 'true' });
  t.equal(ssl.sslVerify, true, 'with SSL on, the server certificate is verified unless PROXY_DATABASE_SSL_VERIFY=false');
  t.equal(storage({ PROXY_DATABASE_SSL: 'true', PROXY_DATABASE_SSL_VERIFY: 'false' }).sslVerify, false);
});

t.test('defaults that depend on the database type, and the password as given', async (t) => {
  const pg = storage({ PROXY_DATABASE_TYPE: 'postgres' });
  t.match(pg, { database: 'eigr-functions-db', user: 'admin', host: '127.0.0.1', poolSize: 10, queueTargetMs: 10_000, pgDriver: 'js', historyRevisions: 16 });
  t.equal(pg.password.reveal(), 'admin', "Spawn's default credentials");
  const crdb = storage({ PROXY_DATABASE_TYPE: 'cockroachdb' });
  t.match(crdb, { database: 'defaultdb', user: 'root' });
  t.equal(crdb.password.reveal(), '');
  t.equal(storage({ PROXY_DATABASE_SECRET: '' }).password.reveal(), '', 'set but empty: no password (not the default)');
  t.equal(storage({ PROXY_DATABASE_SECRET: ' pass word ' }).password.reveal(), ' pass word ', 'a password is taken verbatim');
  t.match(storage({}).node, new RegExp(`^${os.hostname()}/${process.pid}-[0-9a-f]{6}$`), 'host name, pid and a random suffix');
  t.match(storage({ PROXY_NODE_NAME: 'pod-7' }).node, /^pod-7\//);
  t.equal(storage({ PROXY_DATA_DIR: 'rel/dir' }).dataDir, join(process.cwd(), 'rel/dir'), 'the data dir is made absolute');
  t.same(storage({ PROXY_SNAPSHOT_SHARDS: '8' }).snapshot, { shards: 8, batchSize: 256, maxBackoffMs: 5_000 });
});

t.test('bad settings name the variable and a valid value', async (t) => {
  const cases: Array<[Record<string, string>, RegExp]> = [
    [{ PROXY_DATABASE_TYPE: 'oracle' }, /PROXY_DATABASE_TYPE must be one of sqlite, postgres, mysql, mariadb, mssql, cockroachdb, memory \(got 'oracle'\)/],
    [{ PROXY_DATABASE_PORT: 'x' }, /PROXY_DATABASE_PORT must be an integer/],
    [{ PROXY_DATABASE_POOL_SIZE: '0' }, /PROXY_DATABASE_POOL_SIZE must be an integer between 1 and 1000/],
    [{ PROXY_DATABASE_SSL: 'maybe' }, /PROXY_DATABASE_SSL must be true or false/],
    [{ PROXY_DATABASE_HISTORY_REVISIONS: '-1' }, /PROXY_DATABASE_HISTORY_REVISIONS must be an integer between 0/],
    [
      { PROXY_DATABASE_TYPE: 'postgres', SPAWN_STATESTORE_KEY: Buffer.alloc(12).toString('base64') },
      /SPAWN_STATESTORE_KEY must be 32 bytes of base64.*\(got 12 bytes\)/,
    ],
    [{ PROXY_DATABASE_TYPE: 'postgres', SPAWN_STATESTORE_KEY: 'not base64!' }, /not base64/],
    [
      { PROXY_DATABASE_TYPE: 'postgres', SPAWN_STATESTORE_KEY: Buffer.alloc(32).toString('base64'), SPAWN_STATESTORE_KEY_PREVIOUS: 'abc' },
      /SPAWN_STATESTORE_KEY_PREVIOUS \(entry 1\) must be 32 bytes/,
    ],
  ];
  for (const [env, re] of cases) {
    const err = t.throws(() => loadConfig(env)) as unknown as SpawnError;
    t.equal(err.code, 'SPAWN_ERR_CONFIG');
    t.match(err.message, re);
  }
  const logger = createLogger('error');
  t.throws(
    () => createKeyring(storage({ PROXY_DATABASE_TYPE: 'postgres' }), logger),
    /SPAWN_STATESTORE_KEY is required for PROXY_DATABASE_TYPE=postgres: it must be 32 bytes of base64, e.g. the output of 'openssl rand -base64 32'/,
  );
  const key = Buffer.alloc(32, 1).toString('base64');
  const old = Buffer.alloc(32, 2).toString('base64');
  const ring = createKeyring(
    storage({ PROXY_DATABASE_TYPE: 'postgres', SPAWN_STATESTORE_KEY: ` ${key} `, SPAWN_STATESTORE_KEY_PREVIOUS: ` ${old} , ` }),
    logger,
  );
  t.equal(ring.previous.length, 1, 'blank entries of SPAWN_STATESTORE_KEY_PREVIOUS are dropped');
  t.not(ring.current.id, ring.previous[0]!.id);
});

t.test('SQLite without a key: a key file is generated once, 0600, and logged', async (t) => {
  const dir = mkdtempSync(join(os.tmpdir(), 'spawn-key-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const lines: string[] = [];
  const logger = createLogger('info', (l) => lines.push(l));
  const c = storage({ PROXY_DATA_DIR: dir });
  const k1 = createKeyring(c, logger);
  const file = `${sqliteFile(c)}.key`;
  t.equal(statSync(file).mode & 0o777, 0o600);
  t.match(lines.join(''), /generated a state encryption key in .*\.key \(mode 0600\)/);
  t.equal(createKeyring(c, logger).current.id, k1.current.id, 'reused on the next start');
  const configured = Buffer.alloc(32, 7).toString('base64');
  const k2 = createKeyring(storage({ PROXY_DATA_DIR: dir, SPAWN_STATESTORE_KEY: configured }), logger);
  t.not(k2.current.id, k1.current.id);
  t.same(
    k2.previous.map((k) => k.id),
    [k1.current.id],
    'the generated key stays readable after a key is configured',
  );
  t.equal(readFileSync(file, 'utf8').trim().length, 44);
});
