// Observability against a real proxy and a real host: the latency histograms and counters of
// GET /metrics move with real invocations (labels bounded by registered names), the
// introspection API lists what was activated and refuses callers it must refuse, and
// `spawn-proxy actors ls|show` prints it.
import { execFile } from 'node:child_process';
import os from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { Kind } from '../../src/hotpath/codec';
import { DIST, actor, eventually, get, invoke, register, startHost, startProxy, type TestProxy } from '../support/harness';
import { jsonAny } from '../support/protocol';
import { SYS as CLUSTER_SYS, startMember, startNats, untilMembers } from './cluster-support';

const SYS = 'obs-sys';

/** GET /metrics as series text (`name{labels}`) -> value. */
async function scrape(proxy: TestProxy): Promise<Map<string, number>> {
  const r = await get(`${proxy.url}/metrics`);
  const out = new Map<string, number>();
  for (const l of r.body.toString().split('\n')) {
    if (l === '' || l.startsWith('#')) continue;
    const i = l.lastIndexOf(' ');
    out.set(l.slice(0, i), Number(l.slice(i + 1)));
  }
  return out;
}

/** The sum of a metric's series whose labels include every one given. */
function sum(m: Map<string, number>, name: string, labels: Record<string, string> = {}): number {
  let n = 0;
  for (const [series, v] of m) {
    if (series !== name && !series.startsWith(`${name}{`)) continue;
    if (Object.entries(labels).every(([k, val]) => series.includes(`${k}="${val}"`))) n += v;
  }
  return n;
}

t.test('metrics: histograms and counters move with real invocations, labelled by registered names', async (t) => {
  const host = await startHost(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(host.port) });
  await register(proxy, SYS, [
    actor('counter', { actions: ['add', 'slow', 'throw', 'checkpoint'], snapshotMs: 50 }),
    actor('tpl', { kind: Kind.UNNAMED, parent: 'tpl', stateful: false, actions: ['echo'] }),
    actor('pool', { kind: Kind.POOLED, stateful: false, actions: ['echo'], minPool: 1, maxPool: 3 }),
    actor('brief', { stateful: false, actions: ['echo'], deactivateMs: 100 }),
    actor('pub', { stateful: false, actions: ['workflow'] }),
    actor('sub1', { stateful: false, actions: ['listen'], channels: [{ topic: 'news', action: 'listen' }] }),
    actor('sub2', { stateful: false, actions: ['listen'], channels: [{ topic: 'news', action: 'listen' }] }),
  ]);
  const before = await scrape(proxy);
  t.equal(sum(before, 'spawn_invocation_duration_seconds_count'), 0, 'no invocation timed before any was made');

  for (let i = 0; i < 3; i++) t.equal((await invoke(proxy, { system: SYS, actor: 'counter', action: 'add' })).status, 200);
  // Two slow turns at once: the second waits in the mailbox for the whole first one (≥ 150 ms).
  await Promise.all([0, 1].map(() => invoke(proxy, { system: SYS, actor: 'counter', action: 'slow', value: jsonAny({ ms: 150 }) })));
  t.equal((await invoke(proxy, { system: SYS, actor: 'counter', action: 'throw' })).status, 502, 'a handler that throws');
  t.equal((await invoke(proxy, { system: SYS, actor: 'counter', action: 'checkpoint' })).status, 200);
  t.equal((await invoke(proxy, { system: SYS, actor: 'counter', action: 'get_state' })).status, 200, 'answered by the proxy');
  for (const name of ['tpl-a', 'tpl-b']) t.equal((await invoke(proxy, { system: SYS, actor: name, action: 'echo', registerRef: 'tpl' })).status, 200);
  for (let i = 0; i < 4; i++) t.equal((await invoke(proxy, { system: SYS, actor: 'pool', action: 'echo', pooled: true })).status, 200);
  t.equal((await invoke(proxy, { system: SYS, actor: 'brief', action: 'echo' })).status, 200);
  t.equal(
    (
      await invoke(proxy, {
        system: SYS,
        actor: 'pub',
        action: 'workflow',
        value: jsonAny({ workflow: { broadcast: { topic: 'news', payload: { note: 'hi' } } } }),
      })
    ).status,
    200,
  );

  const m = await eventually(async () => {
    const s = await scrape(proxy);
    const done =
      sum(s, 'spawn_actor_deactivations_total', { actor: 'brief' }) === 1 &&
      sum(s, 'spawn_broadcast_deliveries_total', { result: 'ok' }) === 2 &&
      sum(s, 'spawn_invocation_duration_seconds_count', { action: 'listen' }) === 2 &&
      sum(s, 'spawn_store_batch_size_count') >= 2;
    return done ? s : undefined;
  });
  const inv = (labels: Record<string, string>): number => sum(m, 'spawn_invocation_duration_seconds_count', { system: SYS, ...labels });
  t.equal(inv({ actor: 'counter', action: 'add', outcome: 'ok' }), 3, 'three adds, timed under the actor and action');
  t.equal(inv({ actor: 'counter', action: 'slow', outcome: 'ok' }), 2);
  t.equal(inv({ actor: 'counter', action: 'throw', outcome: 'error' }), 1, 'the failed call is timed as an error');
  t.equal(inv({ actor: 'counter', action: 'get_state', outcome: 'ok' }), 1, 'default actions answered by the proxy are timed too');
  t.equal(inv({ actor: 'tpl', action: 'echo' }), 2, 'UNNAMED instances count under their template');
  t.equal(inv({ actor: 'pool', action: 'echo' }), 4, 'pool members count under the pool');
  t.notOk(
    [...m.keys()].some((k) => /actor="(tpl-a|tpl-b|pool-\d)"/.test(k)),
    'no series is labelled with an instance or pool member name',
  );
  t.ok(sum(m, 'spawn_invocation_duration_seconds_sum', { actor: 'counter', action: 'slow' }) >= 0.3 - 0.01, 'the slow turns took ≥ 150 ms each');
  t.equal(sum(m, 'spawn_invoke_stop_duration'), sum(m, 'spawn_invocation_duration_seconds_count'), "Spawn's counter counts every finished invocation");

  t.ok(sum(m, 'spawn_mailbox_wait_seconds_count', { actor: 'counter' }) >= 8, 'every turn of counter passed its mailbox');
  t.ok(sum(m, 'spawn_mailbox_wait_seconds_sum', { actor: 'counter' }) >= 0.14, 'the second slow turn waited behind the first');
  t.ok(
    sum(m, 'spawn_mailbox_wait_seconds_bucket', { actor: 'counter', le: '0.1' }) < sum(m, 'spawn_mailbox_wait_seconds_count', { actor: 'counter' }),
    'and lands above the 100 ms bucket',
  );

  const hostCalls = (await host.calls()).length;
  t.equal(
    sum(m, 'spawn_host_call_duration_seconds_count', { transport: 'http' }),
    hostCalls,
    `every call the host saw is timed (${hostCalls}; get_state never reached it)`,
  );
  t.equal(sum(m, 'spawn_host_call_duration_seconds_count', { transport: 'http', outcome: 'error' }), 1, 'the thrown handler');
  t.equal(sum(m, 'spawn_actor_activations_total', { system: SYS, actor: 'counter' }), 1);
  t.equal(sum(m, 'spawn_actor_activations_total', { system: SYS, actor: 'tpl' }), 2, 'two instances activated, counted under the template');
  t.equal(sum(m, 'spawn_actor_activation_duration_seconds_count', { actor: 'counter' }), 1);
  t.equal(sum(m, 'spawn_actor_deactivations_total', { system: SYS, actor: 'brief' }), 1, 'the idle actor was deactivated');
  t.equal(sum(m, 'spawn_broadcast_deliveries_total', { system: SYS, topic: 'news', result: 'ok' }), 2, 'one delivery per subscriber');

  t.ok(sum(m, 'spawn_store_operation_duration_seconds_count', { store: 'memory', operation: 'load', outcome: 'ok' }) >= 1, "counter's state was loaded");
  t.ok(sum(m, 'spawn_store_operation_duration_seconds_count', { operation: 'save_batch', outcome: 'ok' }) >= 1, 'and written in a batch');
  t.ok(sum(m, 'spawn_store_batch_size_sum') >= 1, 'batch sizes observed');
  t.equal(sum(m, 'spawn_actor_inflight_messages', { system: SYS, actor: 'counter' }), 0, 'no turn in flight once every call was answered');
  t.ok(m.has('spawn_actor_inflight_messages{actor="counter",system="obs-sys"}'), 'the mailbox gauge has a series per activated actor type');
  for (const name of ['process_cpu_user_seconds_total', 'process_resident_memory_bytes', 'nodejs_eventloop_lag_seconds', 'nodejs_heap_size_used_bytes']) {
    t.ok(m.has(name), `${name} (process and event-loop metrics)`);
  }
  // Its series appear only once the process has collected garbage, which a short test cannot count on.
  t.match((await get(`${proxy.url}/metrics`)).body.toString(), /# TYPE nodejs_gc_duration_seconds histogram/, 'GC durations are exported');
  t.equal(sum(m, 'spawn_invocations_total', { result: 'ok' }), 15, 'the HTTP API counter still counts what it always did');
});

t.test('introspection lists what was activated and shows one actor; the CLI prints it', async (t) => {
  const host = await startHost(t);
  const proxy = await startProxy(t, { USER_FUNCTION_PORT: String(host.port) });
  await register(proxy, SYS, [
    actor('counter', { actions: ['add', 'slow'], snapshotMs: 60_000 }),
    actor('tpl', { kind: Kind.UNNAMED, parent: 'tpl', stateful: false, actions: ['echo'] }),
    actor('idle', { stateful: false, actions: ['echo'] }),
  ]);
  await register(proxy, 'other-sys', [actor('x', { stateful: false, actions: ['echo'] })]);
  await invoke(proxy, { system: SYS, actor: 'counter', action: 'add', value: jsonAny({ by: 5 }) });
  for (const name of ['tpl-c', 'tpl-a', 'tpl-b']) await invoke(proxy, { system: SYS, actor: name, action: 'echo', registerRef: 'tpl' });
  const json = async (path: string): Promise<{ status: number; body: Record<string, unknown> }> => {
    const r = await get(`${proxy.url}/api/v1/introspect${path}`);
    t.match(r.headers['content-type'], /application\/json/, path);
    return { status: r.status, body: JSON.parse(r.body.toString()) as Record<string, unknown> };
  };

  const systems = await json('/systems');
  t.equal(systems.status, 200);
  t.same(systems.body, {
    member: null,
    systems: [
      { name: 'obs-sys', actors: 3, instances: 3, activations: 4 },
      { name: 'other-sys', actors: 1, instances: 0, activations: 0 },
    ],
  });

  const actors = (await json(`/systems/${SYS}/actors`)).body.actors as Array<Record<string, unknown>>;
  t.same(
    actors.map((a) => [a.name, a.kind, a.stateful, a.activations, a.instances]),
    [
      ['counter', 'named', true, 1, undefined],
      ['idle', 'named', false, 0, undefined],
      ['tpl', 'unnamed', false, 3, 3],
    ],
  );
  t.same(actors[0]!.actions, ['add', 'slow']);

  const page1 = (await json(`/systems/${SYS}/activations?limit=2`)).body;
  t.equal(page1.total, 4);
  t.same(
    (page1.activations as Array<{ name: string }>).map((a) => a.name),
    ['counter', 'tpl-a'],
    'sorted by name',
  );
  t.equal(page1.next, 'tpl-a');
  const page2 = (await json(`/systems/${SYS}/activations?limit=2&after=tpl-a`)).body;
  t.same(
    (page2.activations as Array<{ name: string }>).map((a) => a.name),
    ['tpl-b', 'tpl-c'],
  );
  t.equal(page2.next, undefined, 'last page');
  const onlyTpl = (await json(`/systems/${SYS}/activations?actor=tpl`)).body;
  t.equal(onlyTpl.total, 3, 'filtered by registered actor');
  const counter = (page1.activations as Array<Record<string, unknown>>)[0]!;
  t.match(counter, { name: 'counter', type: 'counter', kind: 'named', revision: 0, mailboxDepth: 0, dirty: true, stale: false });
  t.type(counter.idleMs, 'number');
  t.equal(counter.owner, undefined, 'no owner without a cluster');

  // A turn held at the host: the actor's mailbox shows it, and a second one waiting.
  const slow = [0, 1].map(() => invoke(proxy, { system: SYS, actor: 'counter', action: 'slow', value: jsonAny({ ms: 600 }) }));
  const busy = await eventually(async () => {
    const d = (await json(`/systems/${SYS}/actors/counter`)).body as { activation: { mailboxDepth: number } };
    return d.activation.mailboxDepth === 2 ? d : undefined;
  });
  t.match(busy, { system: SYS, name: 'counter', active: true, type: { name: 'counter', kind: 'named' } }, 'one actor, with its activation');
  await Promise.all(slow);
  const shown = (await json(`/systems/${SYS}/actors/counter`)).body as { activation: Record<string, unknown> };
  t.match(shown.activation, { mailboxDepth: 0, stateBytes: Number, stateTypeUrl: /json|JSON/ });
  t.ok((shown.activation.stateBytes as number) > 0, 'it holds state');
  const instance = (await json(`/systems/${SYS}/actors/tpl-b`)).body;
  t.match(instance, { name: 'tpl-b', parent: 'tpl', active: true, type: { name: 'tpl', kind: 'unnamed' } });
  t.match((await json(`/systems/${SYS}/actors/idle`)).body, { name: 'idle', active: false }, 'registered, never activated');
  const missing = await json(`/systems/${SYS}/actors/nobody`);
  t.equal(missing.status, 404);
  t.equal(missing.body.code, 'SPAWN_ERR_ACTOR_NOT_FOUND', 'errors are JSON with a catalogue code');
  const noSystem = await json('/systems/nope/activations');
  t.equal(noSystem.status, 404);
  t.equal(noSystem.body.code, 'SPAWN_ERR_SYSTEM_NOT_FOUND');
  const badLimit = await json(`/systems/${SYS}/activations?limit=zero`);
  t.equal(badLimit.status, 400);
  t.equal(badLimit.body.code, 'SPAWN_ERR_BAD_REQUEST');

  await t.test('spawn-proxy actors ls|show', async (t) => {
    const url = ['--url', proxy.url];
    const ls = await cli(['actors', 'ls', ...url]);
    t.equal(ls.code, 0, ls.stderr);
    t.match(ls.stdout, /^SYSTEM\s+ACTOR\s+KIND\s+STATEFUL\s+ACTIVE\s+INSTANCES\s+ACTIONS$/m);
    t.match(ls.stdout, /^obs-sys\s+counter\s+named\s+yes\s+1\s+-\s+add,slow$/m);
    t.match(ls.stdout, /^obs-sys\s+tpl\s+unnamed\s+no\s+3\s+3\s+echo$/m);
    t.match(ls.stdout, /^other-sys\s+x\s+named\s+no\s+0\s+-\s+echo$/m);

    const active = await cli(['actors', 'ls', '--system', SYS, '--active', '--limit', '3', ...url]);
    t.equal(active.code, 0, active.stderr);
    t.match(active.stdout, /^SYSTEM\s+ACTOR\s+TYPE\s+REVISION\s+IDLE\s+ACTIVE FOR\s+MAILBOX\s+STATE\s+OWNER$/m);
    t.match(active.stdout, /^obs-sys\s+counter\s+-\s+0\s+\S+\s+\S+\s+0\s+dirty\s+-$/m);
    t.match(active.stdout, /^obs-sys\s+tpl-a\s+tpl\s/m);
    t.notMatch(active.stdout, /tpl-c/, 'one page of 3');
    t.match(active.stdout, /^obs-sys: 3 of 4 activated; next page: --system obs-sys --active --after tpl-b$/m);

    const show = await cli(['actors', 'show', 'tpl-a', '--system', SYS, ...url]);
    t.equal(show.code, 0, show.stderr);
    t.match(show.stdout, /^actor\s+obs-sys\/tpl-a$/m);
    t.match(show.stdout, /^instance of\s+tpl$/m);
    t.match(show.stdout, /^active\s+yes$/m);
    t.match(show.stdout, /^mailbox\s+0 turns running or waiting$/m);

    const asJson = await cli(['actors', 'show', 'counter', '--system', SYS, '--json', ...url]);
    t.match(JSON.parse(asJson.stdout), { name: 'counter', active: true });

    const missing = await cli(['actors', 'show', 'nobody', '--system', SYS, ...url]);
    t.equal(missing.code, 1);
    t.match(missing.stderr, /SPAWN_ERR_ACTOR_NOT_FOUND/);
    const unknown = await cli(['actors', 'ls', '--frobnicate', ...url]);
    t.equal(unknown.code, 64, 'an unknown argument is refused');
    t.match(unknown.stderr, /unknown argument '--frobnicate'\nusage: spawn-proxy actors ls/);
    const noName = await cli(['actors', 'show', '--system', SYS, ...url]);
    t.equal(noName.code, 64);
    const down = await cli(['actors', 'ls', '--url', 'http://127.0.0.1:1']);
    t.equal(down.code, 1);
    t.match(down.stderr, /cannot reach the proxy at http:\/\/127\.0\.0\.1:1/);
  });
});

t.test('introspection: with PROXY_ADMIN_TOKEN set a request needs the token; without it only loopback clients are answered', async (t) => {
  const token = 'introspection-test-token-7f3a';
  const guarded = await startProxy(t, { PROXY_ADMIN_TOKEN: token, PROXY_HTTP_BIND: '0.0.0.0' });
  const systems = `${guarded.url}/api/v1/introspect/systems`;
  for (const [what, headers] of [
    ['no Authorization header', {}],
    ['another token', { authorization: 'Bearer not-the-token' }],
    ['not a bearer token', { authorization: `Basic ${token}` }],
  ] as const) {
    const r = await get(systems, headers);
    t.equal(r.status, 401, what);
    t.match(r.headers['content-type'], /application\/json/);
    const body = JSON.parse(r.body.toString()) as { code: string; message: string };
    t.equal(body.code, 'SPAWN_ERR_UNAUTHORIZED', what);
    t.notMatch(body.message, token, 'the token is never echoed');
  }
  const ok = await get(systems, { authorization: `Bearer ${token}` });
  t.equal(ok.status, 200, 'the token admits a loopback client too');
  t.same(JSON.parse(ok.body.toString()), { member: null, systems: [] });
  t.equal((await get(`${guarded.url}/health`)).status, 200, 'other routes need no token');
  t.notMatch(guarded.logs(), token, 'the token is not logged');

  const cliDenied = await cli(['actors', 'ls', '--url', guarded.url]);
  t.equal(cliDenied.code, 1);
  t.match(cliDenied.stderr, /SPAWN_ERR_UNAUTHORIZED/);
  const cliOk = await cli(['actors', 'ls', '--url', guarded.url, '--token', token]);
  t.equal(cliOk.code, 0, cliOk.stderr);
  const cliEnv = await cli(['actors', 'ls', '--url', guarded.url], { PROXY_ADMIN_TOKEN: token });
  t.equal(cliEnv.code, 0, 'the CLI takes PROXY_ADMIN_TOKEN from its environment');

  const external = Object.values(os.networkInterfaces())
    .flat()
    .find((a) => a && !a.internal && a.family === 'IPv4')?.address;
  if (!external) {
    t.comment('no non-loopback IPv4 address on this machine: the non-loopback cases are not run');
    return;
  }
  const remote = await get(`http://${external}:${guarded.port}/api/v1/introspect/systems`, { authorization: `Bearer ${token}` });
  t.equal(remote.status, 200, `a client on ${external} with the token is answered`);
  const remoteNoToken = await get(`http://${external}:${guarded.port}/api/v1/introspect/systems`);
  t.equal(remoteNoToken.status, 401);

  const open = await startProxy(t, { PROXY_HTTP_BIND: '0.0.0.0' });
  const refused = await get(`http://${external}:${open.port}/api/v1/introspect/systems`);
  t.equal(refused.status, 403, 'no token configured: a client not on loopback is refused');
  const body = JSON.parse(refused.body.toString()) as { code: string; message: string };
  t.equal(body.code, 'SPAWN_ERR_FORBIDDEN');
  t.match(body.message, /PROXY_ADMIN_TOKEN/, 'the message says how to open it');
  t.equal((await get(`http://127.0.0.1:${open.port}/api/v1/introspect/systems`)).status, 200, 'loopback is answered');
  t.equal((await get(`http://${external}:${open.port}/health`)).status, 200, 'the rest of the API is not affected');
});

t.test('cluster: forwarded calls and members are counted; introspection names the owner', async (t) => {
  const nats = await startNats(t);
  const env = {
    PROXY_CLUSTER_STRATEGY: 'nats',
    SPAWN_INTERNAL_NATS_HOSTS: nats.url,
    PROXY_CLUSTER_PREFIX: `obs${process.pid}`,
    PROXY_CLUSTER_LEASE_MS: '5000',
    PROXY_DATABASE_TYPE: 'memory',
  };
  const a = await startMember(t, 'obs-a', env);
  const b = await startMember(t, 'obs-b', env);
  await untilMembers(a, 2);
  await untilMembers(b, 2);
  const names = Array.from({ length: 20 }, (_, i) => `c${i}`);
  for (const name of names) t.equal((await invoke(a.proxy, { system: CLUSTER_SYS, actor: name, action: 'add' })).status, 200, name);

  const ma = await scrape(a.proxy);
  const mb = await scrape(b.proxy);
  const out = sum(ma, 'spawn_cluster_forwarded_total', { direction: 'out', outcome: 'ok' });
  t.ok(out > 0 && out < names.length, `placement sent some of the 20 actors to the other member (${out})`);
  t.equal(sum(mb, 'spawn_cluster_forwarded_total', { direction: 'in', outcome: 'ok' }), out, 'the other member ran what was forwarded to it');
  t.equal(sum(ma, 'spawn_cluster_forward_duration_seconds_count', { outcome: 'ok' }), out, 'each forward timed');
  t.equal(sum(ma, 'spawn_cluster_members', { state: 'active' }), 2);
  t.equal(sum(mb, 'spawn_cluster_members', { state: 'active' }), 2);
  t.equal(sum(mb, 'spawn_invocation_duration_seconds_count', { system: CLUSTER_SYS }), out, 'a forwarded call is timed where it runs');

  const intro = async (m: TestProxy, path: string): Promise<Record<string, unknown>> =>
    JSON.parse((await get(`${m.url}/api/v1/introspect${path}`)).body.toString()) as Record<string, unknown>;
  const idA = (await intro(a.proxy, '/systems')).member as string;
  const idB = (await intro(b.proxy, '/systems')).member as string;
  t.match(idA, /obs-a/, "the member's id");
  const onB = (await intro(b.proxy, `/systems/${CLUSTER_SYS}/activations?limit=1000`)) as {
    total: number;
    activations: Array<{ name: string; owner: string }>;
  };
  t.equal(onB.total, out, 'the other member holds what was forwarded');
  t.ok(
    onB.activations.every((x) => x.owner === idB),
    'each activation names its owner',
  );
  t.equal(((await intro(a.proxy, `/systems/${CLUSTER_SYS}/activations?limit=1000`)) as { total: number }).total, names.length - out);
  const elsewhere = await intro(a.proxy, `/systems/${CLUSTER_SYS}/actors/${onB.activations[0]!.name}`);
  t.match(elsewhere, { active: false, owner: idB, ownerKnown: true }, 'asked at the other member: not active there, owned by the member that runs it');
});

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(DIST, 'bin', 'proxy.js'), ...args], { env: { ...process.env, PROXY_ADMIN_TOKEN: '', ...env } }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}
