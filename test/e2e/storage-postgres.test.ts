// Persistence through real proxy processes on the PostgreSQL of this machine, including
// stopping and restarting a private PostgreSQL server under load.
import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { postgres } from '../storage/backends';
import { conflictBetweenProxies, gracefulRestart, killAfterCheckpoint, outageUnderLoad, restoreRevision } from './storage-scenarios';

const KEY = Buffer.alloc(32, 9).toString('base64');
const PG_VERSION = readdirSync('/etc/postgresql')[0] ?? '15';
const BIN = `/usr/lib/postgresql/${PG_VERSION}/bin`;

async function pgDb(t: Test, driver: 'native' | 'js' = 'js'): Promise<Record<string, string>> {
  return { ...(await postgres(driver).create(t)), SPAWN_STATESTORE_KEY: KEY };
}

/**
 * A private PostgreSQL server (initdb in a temp dir, its own port) that this test may stop
 * and start: stopping the machine's shared server would break test files running in parallel.
 */
function privatePostgres(t: Test): { env: Record<string, string>; stop(): void; start(): void } {
  const dir = mkdtempSync(join(os.tmpdir(), 'spawn-pg-'));
  chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), Number(execFileSync('id', ['-g', 'postgres']).toString().trim()));
  const asPostgres = (cmd: string, args: string[]): void => {
    execFileSync('runuser', ['-u', 'postgres', '--', `${BIN}/${cmd}`, ...args], { stdio: 'ignore' });
  };
  asPostgres('initdb', ['-D', `${dir}/data`, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  let port = 0;
  const startOn = (p: number): void =>
    asPostgres('pg_ctl', ['-D', `${dir}/data`, '-o', `-p ${p} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, '-l', `${dir}/log`, '-w', 'start']);
  const start = (): void => startOn(port);
  // -m fast: clients are disconnected, as in a real restart.
  const stop = (): void => asPostgres('pg_ctl', ['-D', `${dir}/data`, '-m', 'fast', '-w', 'stop']);
  // A random port can be taken meanwhile (tests run in parallel): try a few, and say why when none worked.
  for (let attempt = 1; ; attempt++) {
    port = 40_000 + Math.floor(Math.random() * 20_000);
    try {
      startOn(port);
      break;
    } catch (err) {
      if (attempt >= 3) {
        let log = '';
        try {
          log = readFileSync(`${dir}/log`, 'utf8').split('\n').slice(-10).join('\n');
        } catch {
          // no log written
        }
        throw new Error(`private PostgreSQL did not start (last port ${port}): ${(err as Error).message}\n${log}`);
      }
    }
  }
  t.teardown(() => {
    try {
      asPostgres('pg_ctl', ['-D', `${dir}/data`, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // already stopped
    }
    rmSync(dir, { recursive: true, force: true });
  });
  const env = {
    PROXY_DATABASE_TYPE: 'postgres',
    PROXY_DATABASE_NAME: 'postgres',
    PROXY_DATABASE_USERNAME: 'postgres',
    PROXY_DATABASE_SECRET: '',
    PROXY_DATABASE_HOST: '127.0.0.1',
    PROXY_DATABASE_PORT: String(port),
    SPAWN_STATESTORE_KEY: KEY,
  };
  return { env, stop, start };
}

t.test('graceful restart', async (t) => gracefulRestart(t, await pgDb(t)));
t.test('kill -9 after checkpoint (pg-native driver)', async (t) => killAfterCheckpoint(t, await pgDb(t, 'native')));
t.test('conflict between two proxies', async (t) => conflictBetweenProxies(t, await pgDb(t)));
t.test('revision history and restore', async (t) => restoreRevision(t, await pgDb(t)));
// pg-native stalls after a server restart under load in about half the runs (its writes stop
// and SIGTERM never finishes the drain), which is why pg is the default driver: docs/storage.md.
// SPAWN_TEST_PG_NATIVE_OUTAGE=1 runs that case too.
for (const driver of ['js', 'native'] as const) {
  const skip =
    driver === 'native' && process.env.SPAWN_TEST_PG_NATIVE_OUTAGE !== '1' ? 'known pg-native stall after a server restart (docs/storage.md)' : false;
  t.test(`PostgreSQL (${driver === 'js' ? 'pg' : 'pg-native'}) stopped and restarted under load: nothing lost`, { skip }, async (t) => {
    const pg = privatePostgres(t);
    await outageUnderLoad(
      t,
      { ...pg.env, PROXY_DATABASE_PG_DRIVER: driver },
      async () => pg.stop(),
      async () => pg.start(),
    );
  });
}
