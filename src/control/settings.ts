// The building blocks of the configuration schema (config-schema.ts): one Setting per
// environment variable, knowing how to parse, validate, default, format and document it.
import { inspect } from 'node:util';
import { SpawnError } from '../errors';

export type SettingType = 'int' | 'duration' | 'bool' | 'enum' | 'string' | 'list' | 'secret';

/** Planes, in the order the README renders them (one table each). */
export const CONFIG_GROUPS = {
  proxy: 'Proxy',
  host: 'Actor host',
  actors: 'Invocations, actors and scheduling',
  pubsub: 'Broadcast (pub/sub)',
  storage: 'State store',
  cluster: 'Cluster',
  process: 'Logging, metrics and the native addon',
  // bin/activator's own schema (src/activators/config-schema.ts), rendered in its own tables.
  activator: 'Activator',
  activatorMapping: 'Activator: event mapping without a spec file',
  activatorAmqp: 'Activator: RabbitMQ',
  activatorNats: 'Activator: NATS',
  activatorHttpCron: 'Activator: HTTP and cron',
} as const;
export type ConfigGroup = keyof typeof CONFIG_GROUPS;

/**
 * A secret string (database password, encryption key). Logging, JSON and inspect show
 * `[secret]`; only `reveal()` gives the value, at the one place that needs it.
 */
export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return '[secret]';
  }

  toJSON(): string {
    return '[secret]';
  }

  [inspect.custom](): string {
    return '[secret]';
  }
}

/** A default computed at load time: from another setting's value, or from the machine. */
export class DerivedDefault<Raw> {
  constructor(
    /** Markdown, for the docs and the schema's description. */
    readonly text: string,
    readonly resolve: (get: <R>(setting: Setting<R, unknown>) => R) => Raw,
  ) {}
}

/** A default that is the value `pick` chooses for the value of `on` (e.g. a port per database type). */
export function dependsOn<D, Raw>(on: Setting<D, unknown>, pick: (value: D) => Raw, text: string): DerivedDefault<Raw> {
  return new DerivedDefault(text, (get) => pick(get(on)));
}

/** A default read from the machine at load time (e.g. the host name). */
export function computed<Raw>(compute: () => Raw, text: string): DerivedDefault<Raw> {
  return new DerivedDefault(text, compute);
}

export type Default<Raw> = Raw | DerivedDefault<Raw>;

export function configError(name: string, want: string, got: string): SpawnError {
  return new SpawnError('SPAWN_ERR_CONFIG', `${name} must be ${want} (${got})`);
}

interface SettingSpec<Raw, Value> {
  env: string;
  type: SettingType;
  group: ConfigGroup;
  /** One line: what it does (README wording). */
  description: string;
  secret?: boolean;
  /** What a valid value looks like, as error messages say it: 'an integer between 0 and 65535'. */
  expects: string;
  /** Short form for the docs' "Values" column. */
  values: string;
  /** Allowed values (enums). */
  allowed?: readonly string[];
  min?: number;
  max?: number;
  /** The value when the variable is unset (or blank); undefined for an optional setting. */
  default: Default<Raw>;
  /** Markdown for the docs where the default is not one literal value (or is a secret). */
  defaultText?: string;
  /** An empty value counts as set and surrounding spaces are kept (passwords). */
  verbatim?: boolean;
  /** Parses the text of a variable that is set (trimmed unless verbatim); throws SPAWN_ERR_CONFIG. */
  parse: (text: string) => Raw;
  /** The inverse of parse: the variable's text for a value. */
  format: (value: Raw) => string;
  /** What the typed configuration holds for the parsed value (the parsed value itself by default). */
  value?: (raw: Raw) => Value;
}

export class Setting<Raw, Value = Raw> {
  readonly env: string;
  readonly type: SettingType;
  readonly group: ConfigGroup;
  readonly description: string;
  readonly secret: boolean;
  readonly expects: string;
  readonly values: string;
  readonly allowed: readonly string[] | undefined;
  readonly min: number | undefined;
  readonly max: number | undefined;
  readonly default: Default<Raw>;
  readonly defaultText: string | undefined;
  readonly verbatim: boolean;
  readonly parse: (text: string) => Raw;
  readonly format: (value: Raw) => string;
  readonly toValue: (raw: Raw) => Value;

  constructor(spec: SettingSpec<Raw, Value>) {
    this.env = spec.env;
    this.type = spec.type;
    this.group = spec.group;
    this.description = spec.description;
    this.secret = spec.secret ?? false;
    this.expects = spec.expects;
    this.values = spec.values;
    this.allowed = spec.allowed;
    this.min = spec.min;
    this.max = spec.max;
    this.default = spec.default;
    this.defaultText = spec.defaultText;
    this.verbatim = spec.verbatim ?? false;
    this.parse = spec.parse;
    this.format = spec.format;
    this.toValue = spec.value ?? ((raw: Raw) => raw as unknown as Value);
  }
}

interface Common<Raw, Value> {
  env: string;
  group: ConfigGroup;
  description: string;
  default: Default<Raw>;
  defaultText?: string;
  value?: (raw: Raw) => Value;
}

const MIN = Number.MIN_SAFE_INTEGER;
const MAX = Number.MAX_SAFE_INTEGER;

/** `NAME must be <want> (got '<text>')`: the message every malformed value gets. */
function invalid(env: string, want: string, text: string): SpawnError {
  return configError(env, want, `got '${text}'`);
}

function range(min: number, max: number, unit = ''): string {
  if (min !== MIN && max !== MAX) return `${min}–${max}${unit}`;
  if (min !== MIN) return `≥ ${min}${unit}`;
  if (max !== MAX) return `≤ ${max}${unit}`;
  return unit.trim() || 'any integer';
}

function integer<Value>(type: 'int' | 'duration', spec: Common<number, Value> & { min?: number; max?: number }): Setting<number, Value> {
  const min = spec.min ?? MIN;
  const max = spec.max ?? MAX;
  const expects = `an integer between ${min} and ${max}`;
  return new Setting<number, Value>({
    ...spec,
    type,
    expects,
    values: range(min, max, type === 'duration' ? ' ms' : ''),
    min: spec.min,
    max: spec.max,
    parse: (text) => {
      const n = Number(text);
      if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(n) || n < min || n > max) throw invalid(spec.env, expects, text);
      return n;
    },
    format: String,
  });
}

/** An integer within [min, max]. */
export function int<Value = number>(spec: Common<number, Value> & { min?: number; max?: number }): Setting<number, Value> {
  return integer('int', spec);
}

/** A duration in milliseconds within [min, max]. */
export function duration<Value = number>(spec: Common<number, Value> & { min?: number; max?: number }): Setting<number, Value> {
  return integer('duration', spec);
}

const TRUE = ['true', '1', 'yes', 'on'];
const FALSE = ['false', '0', 'no', 'off'];

/** true/1/yes/on or false/0/no/off, any case. */
export function bool<Value = boolean>(spec: Common<boolean, Value>): Setting<boolean, Value> {
  return new Setting<boolean, Value>({
    ...spec,
    type: 'bool',
    expects: 'true or false',
    values: '`true`, `false`',
    parse: (text) => {
      const lower = text.toLowerCase();
      if (TRUE.includes(lower)) return true;
      if (FALSE.includes(lower)) return false;
      throw invalid(spec.env, 'true or false', text);
    },
    format: String,
  });
}

/** One of `allowed`, any case; the value is spelled as in `allowed`. */
export function oneOf<const T extends string, Value = T>(spec: Common<T, Value> & { allowed: readonly T[] }): Setting<T, Value> {
  const expects = `one of ${spec.allowed.join(', ')}`;
  return new Setting<T, Value>({
    ...spec,
    type: 'enum',
    expects,
    values: spec.allowed.map((a) => `\`${a}\``).join(', '),
    parse: (text) => {
      const hit = spec.allowed.find((a) => a.toLowerCase() === text.toLowerCase());
      if (hit === undefined) throw invalid(spec.env, expects, text);
      return hit;
    },
    format: String,
  });
}

/** Any text, or text matching `pattern` (`expects` says what that looks like; `values` is its short form). */
export function string<Value = string>(spec: Common<string, Value> & { pattern?: RegExp; expects?: string; values?: string }): Setting<string, Value> {
  const expects = spec.expects ?? 'a string';
  return new Setting<string, Value>({
    ...spec,
    type: 'string',
    expects,
    values: spec.values ?? '',
    parse: (text) => {
      if (spec.pattern && !spec.pattern.test(text)) throw invalid(spec.env, expects, text);
      return text;
    },
    format: (v) => v,
  });
}

/** A comma-separated list; blank entries are dropped. */
export function list<Value = readonly string[]>(spec: Common<readonly string[], Value>): Setting<readonly string[], Value> {
  return new Setting<readonly string[], Value>({
    ...spec,
    type: 'list',
    expects: 'a comma-separated list',
    values: 'comma list',
    parse: splitList,
    format: (v) => v.join(','),
  });
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Validates a secret's text, throwing SPAWN_ERR_CONFIG under `name` with a message that
 * never contains the text.
 */
export type SecretCheck = (name: string, text: string) => void;

interface SecretSpec {
  env: string;
  group: ConfigGroup;
  description: string;
  /** Markdown for the docs: a secret's default is never rendered from its value. */
  defaultText: string;
  check?: SecretCheck;
  expects?: string;
  /** An empty value counts as set and surrounding spaces are kept (a password may be empty). */
  verbatim?: boolean;
}

function secretSetting<Raw extends Secret | undefined>(spec: SecretSpec & { default: Default<Raw> }): Setting<Raw> {
  return new Setting<Raw>({
    ...spec,
    type: 'secret',
    secret: true,
    expects: spec.expects ?? 'a string',
    values: 'secret',
    parse: (text) => {
      spec.check?.(spec.env, text);
      return new Secret(text) as Raw;
    },
    format: (v) => v?.reveal() ?? '',
  });
}

/** A secret string with a default. */
export function secret(spec: SecretSpec & { default: Default<Secret> }): Setting<Secret> {
  return secretSetting(spec);
}

/** A secret string that is undefined unless set. */
export function optionalSecret(spec: SecretSpec): Setting<Secret | undefined> {
  return secretSetting<Secret | undefined>({ ...spec, default: undefined });
}

/** A comma-separated list of secrets, each validated by `check` (named `NAME (entry i)`). */
export function secretList(spec: SecretSpec & { check: SecretCheck }): Setting<readonly Secret[]> {
  return new Setting<readonly Secret[]>({
    ...spec,
    type: 'list',
    secret: true,
    expects: spec.expects ?? 'a comma-separated list',
    values: 'comma list of secrets',
    default: [],
    parse: (text) =>
      splitList(text).map((entry, i) => {
        spec.check(`${spec.env} (entry ${i + 1})`, entry);
        return new Secret(entry);
      }),
    format: (v) => v.map((s) => s.reveal()).join(','),
  });
}
