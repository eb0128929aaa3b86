// npm run cluster:demo: one actor system over three proxies on this machine.
//
//   a private nats-server (JetStream, a temporary directory), a PostgreSQL database of its own
//   on the local server (127.0.0.1:5432, user postgres), three proxies (ports 9101-9103) that
//   form a cluster on NATS, and next to each the TypeScript example host
//   (examples/typescript-host, over the host channel). Then it calls the counter through each
//   proxy in turn and prints who holds what (GET /api/v1/cluster).
//
// --once: exit after that (what the test runs); otherwise it serves until Ctrl-C, and removes
// the database and the NATS directory on the way out.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const once = process.argv.includes('--once');
const base = Number(process.env.DEMO_BASE_PORT ?? 9101);
const natsPort = base + 100;
const db = `spawn_demo_${process.pid}`;
const children = [];

function psql(sql) {
  execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-v', 'ON_ERROR_STOP=1', '-c', sql], { stdio: 'ignore' });
}

function run(label, cmd, args, env = {}) {
  const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const prefix = (d) =>
    d
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((l) => `[${label}] ${l}\n`)
      .join('');
  child.stdout.on('data', (d) => process.stdout.write(prefix(d)));
  child.stderr.on('data', (d) => {
    if (label.startsWith('proxy') && !/"level":"(warn|error)"/.test(d.toString())) return; // info lines only with DEMO_VERBOSE
    process.stderr.write(prefix(d));
  });
  return child;
}

async function untilOpen(port) {
  const until = Date.now() + 15_000;
  for (;;) {
    const open = await new Promise((r) => {
      const s = connect(port, '127.0.0.1');
      s.once('connect', () => (s.destroy(), r(true)));
      s.once('error', () => r(false));
    });
    if (open) return;
    if (Date.now() > until) throw new Error(`nothing listens on port ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function json(url, init) {
  const res = await fetch(url, init);
  return { status: res.status, body: await res.json() };
}

const dir = mkdtempSync(join(os.tmpdir(), 'spawn-demo-nats-'));
let cleaned = false;
function cleanup() {
  if (cleaned) return;
  cleaned = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  try {
    psql(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  } catch {
    // PostgreSQL went away: nothing to drop.
  }
  rmSync(dir, { recursive: true, force: true });
}
process.on('exit', cleanup);
process.on('SIGINT', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));

async function main() {
  psql(`CREATE DATABASE ${db}`);
  run('nats', 'nats-server', ['-a', '127.0.0.1', '-p', String(natsPort), '-js', '-sd', dir]);
  await untilOpen(natsPort);
  const key = Buffer.alloc(32, 7).toString('base64');
  for (let i = 0; i < 3; i++) {
    const port = base + i;
    const hostPort = base + 10 + i;
    run(`proxy${i}`, process.execPath, [join(ROOT, 'dist', 'bin', 'proxy.js')], {
      PROXY_HTTP_PORT: String(port),
      USER_FUNCTION_PORT: String(hostPort),
      PROXY_DATABASE_TYPE: 'postgres',
      PROXY_DATABASE_NAME: db,
      PROXY_DATABASE_USERNAME: 'postgres',
      PROXY_DATABASE_SECRET: '',
      SPAWN_STATESTORE_KEY: key,
      PROXY_CLUSTER_STRATEGY: 'nats',
      SPAWN_INTERNAL_NATS_HOSTS: `nats://127.0.0.1:${natsPort}`,
      PROXY_CLUSTER_MEMBER_NAME: `demo${i}`,
      SPAWN_PROXY_LOGGER_LEVEL: process.env.DEMO_VERBOSE ? 'info' : 'warn',
    });
    await untilOpen(port);
    run(`host${i}`, process.execPath, [join(ROOT, 'dist', 'examples', 'typescript-host', 'host.js')], {
      PROXY_HTTP_PORT: String(port),
      USER_FUNCTION_PORT: String(hostPort),
    });
  }
  // Every member sees three members whose hosts registered the shop's actors.
  const until = Date.now() + 30_000;
  for (;;) {
    const { body } = await json(`http://127.0.0.1:${base}/api/v1/cluster`).catch(() => ({ body: {} }));
    if (body.members?.length === 3 && body.members.every((m) => m.systems.shop?.includes('counter'))) break;
    if (Date.now() > until) throw new Error('the three members did not see each other within 30 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  // The counter through each proxy in turn: one actor, one activation, wherever the call enters.
  for (let i = 0; i < 3; i++) {
    const { body } = await json(`http://127.0.0.1:${base + i}/api/v1/system/shop/actors/counter`, { headers: { accept: 'application/json' } });
    console.log(`[demo] counter read through proxy${i}: ${JSON.stringify(body.state?.json ?? body.state)}`);
  }
  await new Promise((r) => setTimeout(r, 1500)); // owned counts are published every second
  const { body } = await json(`http://127.0.0.1:${base}/api/v1/cluster`);
  for (const m of body.members) console.log(`[demo] member ${m.id} (${m.state}): owns ${JSON.stringify(m.owned ?? {})}`);
  if (once) {
    console.log('[demo] ok');
    process.exit(0);
  }
  console.log(`[demo] proxies on ${base}, ${base + 1}, ${base + 2}; Ctrl-C stops everything`);
}

main().catch((err) => {
  console.error(`[demo] failed: ${err.message}`);
  process.exit(1);
});
