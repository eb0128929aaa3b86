// The Activator resource (spec §7.3, §8): what bin/activator runs, read from a file, from
// JSON text (the operator's SPAWN_ACTIVATOR_SPEC) or built from the environment. Both shapes
// Spawn used are read:
//
//   bindings: [{name, source: {...}, sinks: [{name, to: {actor: {type, action, actorId: {name |
//              nameFrom{strategy{type: metadata, value}, prefixWith, suffixWith}, parent,
//              system | systemFrom}}}}]}]                                   (v1.4.3, AMQP)
//   bindings: {sources: [{name, ...}], sinks: [{name, actor, action, system,
//              binding: [{name}]}]}                                         (HEAD, cron)
//
// Ours on top (documented in README.md "Activators"): a sink's `async`, `metadata`, `parent`,
// `type`, `nameFrom`/`actionFrom` in the flat form; a binding's or source's `payload`
// {encoding, typeUrl}; `settings.retry`, `settings.invokeTimeoutMs`; the source fields of
// each type (plugins.ts). Errors are SPAWN_ERR_CONFIG naming the field by its path.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { configError, type Env } from '../control';
import { SpawnError } from '../errors';
import type { ActivatorPlugin } from './activator';
import { ACTOR_KINDS, PAYLOAD_ENCODINGS, loadActivatorConfig, type ActivatorConfig, type ActorKind, type PayloadEncoding } from './config-schema';

export const DEFAULT_SYSTEM = 'spawn-system';
export const SYSTEM_ANNOTATION = 'spawn-eigr.io/actor-system';

/** Where a sink's actor name, system or action comes from when it is not fixed. */
export interface ValueFrom {
  /** `metadata`: the event's metadata entry `key`; `subject-token`: token `key` (0-based, negative from the end) of the routing key or subject. */
  readonly strategy: 'metadata' | 'subject-token';
  readonly key: string;
  readonly prefix: string;
  readonly suffix: string;
}

export interface SinkSpec {
  readonly name: string;
  readonly kind: ActorKind;
  readonly actor?: string;
  readonly actorFrom?: ValueFrom;
  /** The template of an `unnamed` sink (InvocationRequest.register_ref). */
  readonly parent?: string;
  readonly system?: string;
  readonly systemFrom?: ValueFrom;
  readonly action?: string;
  readonly actionFrom?: ValueFrom;
  /** Acknowledge once the proxy accepted the invocation instead of once it ran. */
  readonly async: boolean;
  /** Fixed metadata entries added to every invocation of this sink. */
  readonly metadata: Readonly<Record<string, string>>;
}

export interface PayloadSpec {
  readonly encoding: PayloadEncoding;
  /** `protobuf`: the type URL of the body. */
  readonly typeUrl?: string;
}

export interface BindingSpec<Source = unknown> {
  readonly name: string;
  readonly source: Source;
  readonly sinks: readonly SinkSpec[];
  readonly payload: PayloadSpec;
}

export interface ActivatorSpec {
  readonly name: string;
  readonly namespace?: string;
  /** The plugin's canonical type: amqp, nats, http, cron. */
  readonly type: string;
  /** System of sinks that name none. */
  readonly system: string;
  /** For the operator: `deployment` or `daemonset`, and the replicas of a deployment. */
  readonly workload: { readonly kind: 'deployment' | 'daemonset'; readonly replicas: number };
  /** Secret with the connector's `url` (and `username`, `password`), as in Spawn. */
  readonly externalConnectorRef?: string;
  /** Secret with `username` and `password` (`settings.credentialsSecretRef`). */
  readonly credentialsSecretRef?: string;
  readonly bindings: readonly BindingSpec[];
}

/** Reads one node of the resource, naming fields by their path in error messages. */
export class SpecReader {
  constructor(
    readonly value: unknown,
    readonly path: string,
  ) {}

  fail(want: string, got: unknown = this.value): never {
    throw configError(this.path, want, `got ${describe(got)}`);
  }

  get present(): boolean {
    return this.value !== undefined && this.value !== null;
  }

  isObject(): boolean {
    return typeof this.value === 'object' && this.value !== null && !Array.isArray(this.value);
  }

  /** The field `key` of this object (absent fields read as undefined). */
  at(key: string): SpecReader {
    if (!this.present) return new SpecReader(undefined, `${this.path}.${key}`);
    if (!this.isObject()) this.fail('an object');
    return new SpecReader((this.value as Record<string, unknown>)[key], `${this.path}.${key}`);
  }

  keys(): string[] {
    if (!this.present) return [];
    if (!this.isObject()) this.fail('an object');
    return Object.keys(this.value as object);
  }

  has(key: string): boolean {
    return this.at(key).present;
  }

  list(): SpecReader[] {
    if (!this.present) return [];
    if (!Array.isArray(this.value)) this.fail('a list');
    return (this.value as unknown[]).map((v, i) => new SpecReader(v, `${this.path}[${i}]`));
  }

  str(): string | undefined;
  str(fallback: string): string;
  str(fallback?: string): string | undefined {
    if (!this.present) return fallback;
    if (typeof this.value === 'number' || typeof this.value === 'boolean') return String(this.value);
    if (typeof this.value !== 'string') this.fail('a string');
    return this.value;
  }

  name(): string {
    const s = this.str();
    if (s === undefined || s.trim() === '') this.fail('a non-empty string');
    return s.trim();
  }

  int(min: number, max: number): number | undefined {
    if (!this.present) return undefined;
    const n = typeof this.value === 'string' && /^-?\d+$/.test(this.value.trim()) ? Number(this.value) : this.value;
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < min || n > max) this.fail(`an integer between ${min} and ${max}`);
    return n;
  }

  bool(): boolean | undefined {
    if (!this.present) return undefined;
    if (typeof this.value === 'boolean') return this.value;
    if (this.value === 'true' || this.value === 'false') return this.value === 'true';
    return this.fail('true or false');
  }

  oneOf<const T extends string>(allowed: readonly T[]): T | undefined {
    const s = this.str();
    if (s === undefined) return undefined;
    const hit = allowed.find((a) => a.toLowerCase() === s.toLowerCase());
    if (hit === undefined) this.fail(`one of ${allowed.join(', ')}`);
    return hit;
  }

  /** A flat map of strings (metadata). */
  strings(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of this.keys()) out[k] = this.at(k).str() ?? '';
    return out;
  }
}

function describe(v: unknown): string {
  if (v === undefined || v === null) return 'nothing';
  if (typeof v === 'string') return `'${v.length > 60 ? `${v.slice(0, 60)}…` : v}'`;
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return String(v as number | boolean | bigint | symbol);
}

/** The resource in `text` (YAML or JSON; YAML is a superset), or SPAWN_ERR_CONFIG naming `origin`. */
export function parseResourceText(text: string, origin: string): unknown {
  try {
    return parseYaml(text) as unknown;
  } catch (err) {
    throw new SpawnError('SPAWN_ERR_CONFIG', `${origin} is not YAML or JSON: ${(err as Error).message}`, { cause: err });
  }
}

export function readResourceFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new SpawnError('SPAWN_ERR_CONFIG', `SPAWN_ACTIVATOR_SPEC_FILE: cannot read ${path}: ${(err as Error).message}`, { cause: err });
  }
  return parseResourceText(text, path);
}

/** The resource's `spec`, `metadata` and the path its fields are named under. */
function split(resource: unknown): { spec: SpecReader; metadata: SpecReader } {
  const root = new SpecReader(resource, 'resource');
  if (!root.isObject()) root.fail('an Activator resource (or its spec) as an object');
  if (root.has('spec')) {
    const kind = root.at('kind').str();
    if (kind !== undefined && kind !== 'Activator') root.at('kind').fail("'Activator'");
    return { spec: new SpecReader(root.at('spec').value, 'spec'), metadata: new SpecReader(root.at('metadata').value, 'metadata') };
  }
  return { spec: new SpecReader(resource, 'spec'), metadata: new SpecReader(undefined, 'metadata') };
}

/**
 * The environment variables the resource's `spec.activator` settings amount to (what it
 * sets of the activator's own configuration). Merged *under* the real environment: a
 * variable that is set wins over the resource.
 */
export function settingsAsEnv(resource: unknown): Record<string, string> {
  const { spec, metadata } = split(resource);
  const activator = spec.at('activator');
  const settings = activator.at('settings');
  const out: Record<string, string> = {};
  const put = (env: string, value: string | number | boolean | undefined): void => {
    if (value !== undefined) out[env] = String(value);
  };
  put('SPAWN_ACTIVATOR_NAME', metadata.at('name').str());
  put('SPAWN_ACTIVATOR_SYSTEM', metadata.at('annotations').at(SYSTEM_ANNOTATION).str());
  const bp = settings.at('backpressure');
  put(
    'SPAWN_ACTIVATOR_CONCURRENCY',
    bp.at('prefetchCount').int(1, 65_535) ?? bp.at('maxDemand').int(1, 65_535) ?? settings.at('processorConcurrency').int(1, 65_535),
  );
  put('SPAWN_ACTIVATOR_INVOKE_TIMEOUT_MS', settings.at('invokeTimeoutMs').int(1, Number.MAX_SAFE_INTEGER));
  const retry = settings.at('retry');
  put('SPAWN_ACTIVATOR_MAX_RETRIES', retry.at('maxRetries').int(0, 1000));
  put('SPAWN_ACTIVATOR_RETRY_BACKOFF_MS', retry.at('backoffMs').int(1, Number.MAX_SAFE_INTEGER));
  put('SPAWN_ACTIVATOR_RETRY_MAX_BACKOFF_MS', retry.at('maxBackoffMs').int(1, Number.MAX_SAFE_INTEGER));
  put('SPAWN_ACTIVATOR_AWAIT_REGISTRATION_MS', retry.at('awaitRegistrationMs').int(0, Number.MAX_SAFE_INTEGER));
  const type = (activator.at('type').str() ?? '').toLowerCase();
  if (type === 'amqp' || type === 'rabbitmq') {
    const url = settings.at('url').str();
    const host = settings.at('host').str();
    if (url !== undefined) put('SPAWN_ACTIVATOR_AMQP_URL', url);
    else if (host !== undefined) {
      const port = settings.at('port').int(1, 65_535) ?? 5672;
      const vhost = settings.at('vhost').str();
      put('SPAWN_ACTIVATOR_AMQP_URL', `amqp://${host}:${port}${vhost === undefined ? '' : `/${encodeURIComponent(vhost)}`}`);
    }
    put('SPAWN_ACTIVATOR_AMQP_USERNAME', settings.at('username').str());
    put('SPAWN_ACTIVATOR_AMQP_HEARTBEAT_MS', settings.at('heartbeatMs').int(1000, Number.MAX_SAFE_INTEGER));
  }
  if (type === 'nats' || type === 'jetstream' || type === 'cron') {
    const servers = settings.at('servers').present
      ? settings
          .at('servers')
          .list()
          .map((s) => s.name())
      : settings.at('url').str()?.split(',');
    put('SPAWN_ACTIVATOR_NATS_URL', servers?.join(','));
    put('SPAWN_ACTIVATOR_NATS_CREATE_STREAM', settings.at('createStream').bool());
  }
  if (type === 'http' || type === 'api') put('SPAWN_ACTIVATOR_HTTP_PORT', settings.at('port').int(0, 65_535));
  if (type === 'cron') {
    put('SPAWN_ACTIVATOR_CRON_CLAIM', settings.at('claim').str());
    put('SPAWN_ACTIVATOR_CRON_CLAIM_BUCKET', settings.at('claimBucket').str());
    put('SPAWN_ACTIVATOR_CRON_TIMEZONE', settings.at('timezone').str());
  }
  return out;
}

/** The configuration with the resource's settings under `env` (a variable that is set wins). */
export function configWithResource(resource: unknown, env: Env): ActivatorConfig {
  const merged: Record<string, string | undefined> = { ...settingsAsEnv(resource) };
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v.trim() !== '') merged[k] = v;
  return loadActivatorConfig(merged);
}

export function findPlugin(plugins: readonly ActivatorPlugin[], type: string, where: string): ActivatorPlugin {
  const t = type.toLowerCase();
  const plugin = plugins.find((p) => p.type === t || p.aliases.includes(t));
  if (!plugin) {
    const known = plugins.flatMap((p) => [p.type, ...p.aliases]).join(', ');
    throw configError(where, `one of ${known}`, `got '${type}'`);
  }
  return plugin;
}

/** The activator the resource describes, with `config` (configWithResource) for what it leaves out. */
export function parseActivatorResource(resource: unknown, config: ActivatorConfig, plugins: readonly ActivatorPlugin[]): ActivatorSpec {
  const { spec, metadata } = split(resource);
  const activator = spec.at('activator');
  const typeText = activator.at('type').str() ?? (config.binding.type || activator.at('type').fail('one of amqp, nats, http (api), cron'));
  const plugin = findPlugin(plugins, typeText, `${activator.path}.type`);
  const name = config.name || metadata.at('name').str() || 'activator';
  const system = config.system || DEFAULT_SYSTEM;
  const kind = activator.at('kind').oneOf(['deployment', 'daemonset'] as const) ?? 'deployment';
  const replicas = activator.at('replicas').int(0, 10_000) ?? 1;

  const bindingsNode = spec.at('bindings');
  const bindings: BindingSpec[] = [];
  const add = (b: BindingSpec): void => {
    if (bindings.some((x) => x.name === b.name)) throw configError(`${bindingsNode.path}`, 'bindings with distinct names', `'${b.name}' twice`);
    bindings.push(b);
  };
  if (Array.isArray(bindingsNode.value)) {
    for (const b of bindingsNode.list()) {
      const bname = b.at('name').name();
      const sourceNode = b.at('source');
      if (!sourceNode.isObject()) sourceNode.fail('an object');
      const payload = readPayload(b.at('payload').present ? b.at('payload') : sourceNode.at('payload'));
      const sinks = b
        .at('sinks')
        .list()
        .map((s) => readSink(s, payload));
      checkSinks(b.at('sinks'), sinks);
      add({ name: bname, source: plugin.parseSource(sourceNode, config, { activator: name, binding: bname }), sinks, payload });
    }
  } else if (bindingsNode.isObject()) {
    const sources = bindingsNode.at('sources').list();
    const sinkNodes = bindingsNode.at('sinks').list();
    if (sources.length === 0) bindingsNode.at('sources').fail('a non-empty list');
    for (const s of sources) {
      const bname = s.at('name').name();
      const payload = readPayload(s.at('payload'));
      const mine = sinkNodes.filter((sink) => {
        const wanted = sink
          .at('binding')
          .list()
          .map((x) => (x.isObject() ? x.at('name').name() : x.name()));
        return wanted.length === 0 || wanted.includes(bname);
      });
      const sinks = mine.map((sink) => readSink(sink, payload));
      checkSinks(new SpecReader(undefined, `${bindingsNode.path}.sinks (bound to '${bname}')`), sinks);
      add({ name: bname, source: plugin.parseSource(s, config, { activator: name, binding: bname }), sinks, payload });
    }
  } else {
    bindingsNode.fail('a list of bindings, or {sources, sinks}');
  }
  if (bindings.length === 0) bindingsNode.fail('at least one binding');

  const ns = metadata.at('namespace').str();
  const connector = activator.at('externalConnectorRef').str();
  const credentials = activator.at('settings').at('credentialsSecretRef').str();
  return Object.freeze({
    name,
    ...(ns !== undefined ? { namespace: ns } : {}),
    type: plugin.type,
    system,
    workload: { kind, replicas },
    ...(connector !== undefined ? { externalConnectorRef: connector } : {}),
    ...(credentials !== undefined ? { credentialsSecretRef: credentials } : {}),
    bindings,
  });
}

function checkSinks(where: SpecReader, sinks: SinkSpec[]): void {
  if (sinks.length === 0) where.fail('at least one sink');
  const names = new Set(sinks.map((s) => s.name));
  if (names.size !== sinks.length) where.fail('sinks with distinct names', 'a name twice');
}

function readPayload(node: SpecReader): PayloadSpec {
  if (!node.present) return { encoding: 'json' };
  if (typeof node.value === 'string') {
    const encoding = node.oneOf(PAYLOAD_ENCODINGS)!;
    if (encoding === 'protobuf') node.fail('{encoding: protobuf, typeUrl: ...}: a protobuf payload needs its type URL');
    return { encoding };
  }
  const encoding = node.at('encoding').oneOf(PAYLOAD_ENCODINGS) ?? 'json';
  const typeUrl = node.at('typeUrl').str();
  if (encoding === 'protobuf' && !typeUrl) node.at('typeUrl').fail('the type URL of the protobuf body, e.g. type.googleapis.com/shop.Order');
  return { encoding, ...(typeUrl ? { typeUrl } : {}) };
}

function readValueFrom(node: SpecReader): ValueFrom | undefined {
  if (!node.present) return undefined;
  const strategy = node.at('strategy');
  const type = strategy.at('type').oneOf(['metadata', 'subject-token'] as const) ?? 'metadata';
  const key = strategy.at('value').name();
  if (type === 'subject-token' && !/^-?\d+$/.test(key)) strategy.at('value').fail('a token index (0 = first, -1 = last)');
  return { strategy: type, key, prefix: node.at('prefixWith').str() ?? '', suffix: node.at('suffixWith').str() ?? '' };
}

function readSink(node: SpecReader, payload: PayloadSpec): SinkSpec {
  const name = node.at('name').name();
  // v1.4.3: {to: {actor: {type, action, actorId: {...}}}}; HEAD: flat {actor, action, system}.
  const nested = node.at('to').at('actor');
  const a = nested.present ? nested : node;
  const id = nested.present ? nested.at('actorId') : node;
  const kind = (a.at('type').present ? a.at('type') : a.at('kind')).oneOf(ACTOR_KINDS) ?? 'named';
  const actorNode = nested.present ? id.at('name') : node.at('actor');
  const actor = actorNode.str()?.trim() || undefined;
  const actorFrom = readValueFrom(id.at('nameFrom'));
  const parent = id.at('parent').str()?.trim() || undefined;
  const system = id.at('system').str()?.trim() || undefined;
  const systemFrom = readValueFrom(id.at('systemFrom'));
  const action = a.at('action').str()?.trim() || undefined;
  const actionFrom = readValueFrom(a.at('actionFrom'));
  const cloud = payload.encoding === 'cloudevent';
  if (actor === undefined && actorFrom === undefined && !cloud) actorNode.fail("an actor name (or nameFrom, or a 'cloudevent' payload whose id names it)");
  if (actor !== undefined && actorFrom !== undefined) actorNode.fail('either a name or nameFrom, not both');
  if (action === undefined && actionFrom === undefined && !cloud)
    a.at('action').fail("an action name (or actionFrom, or a 'cloudevent' payload whose source names it)");
  if (kind === 'unnamed' && parent === undefined) id.at('parent').fail('the template (a registered UNNAMED actor) that unnamed sinks spawn from');
  return Object.freeze({
    name,
    kind,
    ...(actor !== undefined ? { actor } : {}),
    ...(actorFrom ? { actorFrom } : {}),
    ...(parent !== undefined ? { parent } : {}),
    ...(system !== undefined ? { system } : {}),
    ...(systemFrom ? { systemFrom } : {}),
    ...(action !== undefined ? { action } : {}),
    ...(actionFrom ? { actionFrom } : {}),
    async: node.at('async').bool() ?? a.at('async').bool() ?? false,
    metadata: Object.freeze(node.at('metadata').strings()),
  });
}

/** The one binding the environment describes (no spec file): SPAWN_ACTIVATOR_TYPE, _ACTOR*, _ACTION, ... */
export function activatorFromEnv(config: ActivatorConfig, plugins: readonly ActivatorPlugin[]): ActivatorSpec {
  const b = config.binding;
  if (!b.type) {
    throw new SpawnError(
      'SPAWN_ERR_CONFIG',
      'nothing to run: set SPAWN_ACTIVATOR_SPEC_FILE (an Activator resource), SPAWN_ACTIVATOR_SPEC (its JSON), or SPAWN_ACTIVATOR_TYPE and the variables of one binding',
    );
  }
  const plugin = findPlugin(plugins, b.type, 'SPAWN_ACTIVATOR_TYPE');
  const name = config.name || 'activator';
  const payload: PayloadSpec = { encoding: b.payload, ...(b.payloadTypeUrl ? { typeUrl: b.payloadTypeUrl } : {}) };
  if (payload.encoding === 'protobuf' && !payload.typeUrl)
    throw configError('SPAWN_ACTIVATOR_PAYLOAD_TYPE_URL', 'the type URL of protobuf payloads', 'got nothing');
  const cloud = payload.encoding === 'cloudevent';
  if (!b.actor && !b.actorFrom && !cloud) throw configError('SPAWN_ACTIVATOR_ACTOR', 'an actor name (or SPAWN_ACTIVATOR_ACTOR_FROM)', 'got nothing');
  if (!b.action && !cloud) throw configError('SPAWN_ACTIVATOR_ACTION', 'an action name', 'got nothing');
  if (b.actorKind === 'unnamed' && !b.actorParent) throw configError('SPAWN_ACTIVATOR_ACTOR_PARENT', 'the template of unnamed actors', 'got nothing');
  const sink: SinkSpec = {
    name: 'sink',
    kind: b.actorKind,
    ...(b.actor ? { actor: b.actor } : {}),
    ...(b.actorFrom ? { actorFrom: { strategy: 'metadata' as const, key: b.actorFrom, prefix: b.actorPrefix, suffix: b.actorSuffix } } : {}),
    ...(b.actorParent ? { parent: b.actorParent } : {}),
    ...(b.action ? { action: b.action } : {}),
    async: b.async,
    metadata: {},
  };
  const binding = 'default';
  return Object.freeze({
    name,
    type: plugin.type,
    system: config.system || DEFAULT_SYSTEM,
    workload: { kind: 'deployment' as const, replicas: 1 },
    bindings: [{ name: binding, source: plugin.sourceFromEnv(config, { activator: name, binding }), sinks: [sink], payload }],
  });
}
