// `spawn-proxy actors ls|show`: the introspection API (GET /api/v1/introspect/...) on the
// command line. A client of a running proxy, like curl; it loads nothing of the proxy itself.

const ACTORS_USAGE = `usage: spawn-proxy actors ls [--system NAME] [--active [--actor TYPE] [--limit N] [--after NAME]] [--url URL] [--token TOKEN] [--json]
       spawn-proxy actors show NAME --system NAME [--url URL] [--token TOKEN] [--json]
  ls            registered actors of every system (or of --system)
  ls --active   activated actors: revision, idle time, mailbox depth, owner member (a page of --limit, default 100)
  show NAME     one actor: its registration and, when activated, its activation
  --url         the proxy (default http://127.0.0.1:$PROXY_HTTP_PORT, else :9001)
  --token       PROXY_ADMIN_TOKEN of the proxy (default: $PROXY_ADMIN_TOKEN)
  --json        the API's JSON instead of a table`;

interface ActorsCliDefaults {
  url: string;
  token?: string;
}

interface Output {
  out(text: string): void;
  err(text: string): void;
}

interface Options {
  command: 'ls' | 'show';
  name?: string;
  system?: string;
  active: boolean;
  actor?: string;
  limit?: string;
  after?: string;
  url: string;
  token?: string;
  json: boolean;
}

class UsageError extends Error {}

const VALUE_FLAGS = new Set(['--system', '--actor', '--limit', '--after', '--url', '--token']);

function parse(args: readonly string[], defaults: ActorsCliDefaults): Options {
  const [command, ...rest] = args;
  if (command !== 'ls' && command !== 'show') throw new UsageError(command ? `unknown command 'actors ${command}'` : 'actors needs a command');
  const o: Options = { command, active: false, json: false, url: defaults.url, ...(defaults.token ? { token: defaults.token } : {}) };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--json') o.json = true;
    else if (a === '--active' && command === 'ls') o.active = true;
    else if (VALUE_FLAGS.has(a)) {
      const v = rest[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      const key = a.slice(2) as 'system' | 'actor' | 'limit' | 'after' | 'url' | 'token';
      if ((key === 'actor' || key === 'limit' || key === 'after') && command !== 'ls') throw new UsageError(`unknown argument '${a}' for actors show`);
      o[key] = v;
    } else if (command === 'show' && !a.startsWith('-') && o.name === undefined) o.name = a;
    else throw new UsageError(`unknown argument '${a}'`);
  }
  if (command === 'show' && (!o.name || !o.system)) throw new UsageError('actors show needs the actor NAME and --system');
  if (!o.active && (o.actor || o.limit || o.after)) throw new UsageError('--actor, --limit and --after go with --active');
  if (!/^https?:\/\//.test(o.url)) throw new UsageError(`--url must be an http:// URL (got '${o.url}')`);
  return o;
}

class ApiError extends Error {}

async function get(o: Options, path: string): Promise<unknown> {
  const url = `${o.url.replace(/\/+$/, '')}/api/v1/introspect${path}`;
  let res: Response;
  try {
    res = await fetch(url, { headers: o.token ? { authorization: `Bearer ${o.token}` } : {} });
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    throw new ApiError(`cannot reach the proxy at ${o.url} (${cause?.code ?? cause?.message ?? (err as Error).message})`);
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError(`${url} answered HTTP ${res.status} with something that is not JSON (is ${o.url} a spawn-proxy?)`);
  }
  if (!res.ok) {
    const e = body as { code?: string; message?: string };
    throw new ApiError(`${e.code ?? `HTTP ${res.status}`}: ${e.message ?? text}`);
  }
  return body;
}

const seg = (s: string): string => encodeURIComponent(s);

/** Columns padded to their widest cell. */
function table(head: string[], rows: string[][]): string {
  if (rows.length === 0) return '';
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), ...rows.map(line)].join('\n') + '\n';
}

function duration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  if (ms < 3_600_000) return `${Math.floor(ms / 60_000)}m${Math.floor((ms % 60_000) / 1000)}s`;
  return `${Math.floor(ms / 3_600_000)}h${Math.floor((ms % 3_600_000) / 60_000)}m`;
}

interface SystemsBody {
  member: string | null;
  systems: Array<{ name: string; actors: number; instances: number; activations: number }>;
}
interface ActorType {
  name: string;
  kind: string;
  stateful: boolean;
  actions: string[];
  timers: Array<{ action: string }>;
  activations: number;
  instances?: number;
  pool?: { min: number; max: number };
}
interface Activation {
  name: string;
  type: string;
  kind: string;
  revision: number;
  idleMs: number;
  activeForMs: number;
  mailboxDepth: number;
  dirty: boolean;
  stale: boolean;
  owner?: string;
}
interface Page {
  system: string;
  total: number;
  activations: Activation[];
  next?: string;
}

async function ls(o: Options, io: Output): Promise<void> {
  const systems = o.system ? [o.system] : ((await get(o, '/systems')) as SystemsBody).systems.map((s) => s.name);
  if (!o.active) {
    const bodies = await Promise.all(systems.map(async (s) => ({ s, body: (await get(o, `/systems/${seg(s)}/actors`)) as { actors: ActorType[] } })));
    if (o.json)
      return io.out(
        JSON.stringify(
          bodies.map(({ s, body }) => ({ system: s, ...body })),
          null,
          2,
        ) + '\n',
      );
    const rows = bodies.flatMap(({ s, body }) =>
      body.actors.map((a) => [
        s,
        a.name,
        a.kind + (a.pool ? ` ${a.pool.min}-${a.pool.max}` : ''),
        a.stateful ? 'yes' : 'no',
        String(a.activations),
        a.instances === undefined ? '-' : String(a.instances),
        [...a.actions, ...a.timers.map((t) => `${t.action} (timer)`)].join(',') || '-',
      ]),
    );
    io.out(table(['SYSTEM', 'ACTOR', 'KIND', 'STATEFUL', 'ACTIVE', 'INSTANCES', 'ACTIONS'], rows) || 'no actors registered\n');
    return;
  }
  const query = new URLSearchParams();
  if (o.limit) query.set('limit', o.limit);
  if (o.after) query.set('after', o.after);
  if (o.actor) query.set('actor', o.actor);
  const qs = query.size ? `?${query}` : '';
  const pages = await Promise.all(systems.map(async (s) => (await get(o, `/systems/${seg(s)}/activations${qs}`)) as Page));
  if (o.json) return io.out(JSON.stringify(o.system ? pages[0] : pages, null, 2) + '\n');
  const rows = pages.flatMap((p) =>
    p.activations.map((a) => [
      p.system,
      a.name,
      a.type === a.name ? '-' : a.type,
      String(a.revision),
      duration(a.idleMs),
      duration(a.activeForMs),
      String(a.mailboxDepth),
      a.stale ? 'stale' : a.dirty ? 'dirty' : 'saved',
      a.owner ?? '-',
    ]),
  );
  io.out(table(['SYSTEM', 'ACTOR', 'TYPE', 'REVISION', 'IDLE', 'ACTIVE FOR', 'MAILBOX', 'STATE', 'OWNER'], rows) || 'no activated actors\n');
  for (const p of pages) {
    const more = p.next ? `; next page: --system ${p.system} --active --after ${p.next}` : '';
    io.out(`${p.system}: ${p.activations.length} of ${p.total} activated${more}\n`);
  }
}

async function show(o: Options, io: Output): Promise<void> {
  const d = (await get(o, `/systems/${seg(o.system!)}/actors/${seg(o.name!)}`)) as {
    system: string;
    name: string;
    parent?: string;
    type: ActorType & { snapshotMs: number; deactivateMs: number; host: string; channels: Array<{ topic: string; action: string }> };
    active: boolean;
    activation?: Activation & { tags: Record<string, string>; stateTypeUrl?: string; stateBytes: number };
    owner?: string;
    ownerKnown?: boolean;
  };
  if (o.json) return io.out(JSON.stringify(d, null, 2) + '\n');
  const t = d.type;
  const lines: Array<[string, string]> = [
    ['actor', `${d.system}/${d.name}`],
    ...(d.parent ? ([['instance of', d.parent]] as Array<[string, string]>) : []),
    ['kind', t.kind + (t.pool ? ` (pool ${t.pool.min}-${t.pool.max})` : '')],
    ['stateful', t.stateful ? 'yes' : 'no'],
    ['actions', t.actions.join(', ') || '-'],
    ['timers', t.timers.map((x) => x.action).join(', ') || '-'],
    ['channels', t.channels.map((c) => `${c.topic} -> ${c.action}`).join(', ') || '-'],
    ['snapshot / deactivate', `${duration(t.snapshotMs)} / ${duration(t.deactivateMs)}`],
    ['host', t.host],
    ['active', d.active ? 'yes' : 'no'],
  ];
  const a = d.activation;
  if (a) {
    lines.push(
      ['revision', String(a.revision)],
      [
        'state',
        `${a.stateBytes} bytes${a.stateTypeUrl ? ` of ${a.stateTypeUrl}` : ''}${a.stale ? ', stale (reloads before its next turn)' : a.dirty ? ', not written yet' : ''}`,
      ],
      [
        'tags',
        Object.entries(a.tags)
          .map(([k, v]) => `${k}=${v}`)
          .join(', ') || '-',
      ],
      ['idle', duration(a.idleMs)],
      ['active for', duration(a.activeForMs)],
      ['mailbox', `${a.mailboxDepth} turns running or waiting`],
    );
    if (a.owner) lines.push(['owner', `${a.owner} (this member)`]);
  } else if (d.owner) {
    lines.push(['owner', d.ownerKnown ? `${d.owner} (holds it)` : `${d.owner} (placement would pick it; not active anywhere known)`]);
  }
  const w = Math.max(...lines.map(([k]) => k.length));
  io.out(lines.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n') + '\n');
}

/** Runs `spawn-proxy actors ...`; resolves with the exit code (64 for bad usage, 1 when the proxy refused or failed). */
export async function runActorsCli(args: readonly string[], defaults: ActorsCliDefaults, io: Output): Promise<number> {
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    io.out(`${ACTORS_USAGE}\n`);
    return 0;
  }
  let o: Options;
  try {
    o = parse(args, defaults);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`spawn-proxy: ${err.message}\n${ACTORS_USAGE}\n`);
    return 64;
  }
  try {
    await (o.command === 'ls' ? ls(o, io) : show(o, io));
    return 0;
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    io.err(`spawn-proxy actors: ${err.message}\n`);
    return 1;
  }
}
