// Proxy configuration, read once at start-up from the environment through the schema
// (config-schema.ts): every plane gets its typed section of one frozen object, and no plane
// reads the environment itself. README.md has the tables of every variable.
import { CONFIG_SCHEMA, isSetting, schemaSettings, type AnySetting, type ConfigOf, type ConfigSection, type ProxyConfig } from './config-schema';
import { DerivedDefault, Secret } from './settings';

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * The configuration from `env`, validated: a malformed value throws SPAWN_ERR_CONFIG naming
 * the variable, what was given (never for a secret) and what a valid value looks like.
 */
export function loadConfig(env: Env = process.env): ProxyConfig {
  return loadSchema(CONFIG_SCHEMA, env);
}

/** The configuration `schema` describes, from `env` (another process's schema, e.g. bin/activator's). */
export function loadSchema<S extends ConfigSection>(schema: S, env: Env): ConfigOf<S> {
  const raw = readSettings(env, schema);
  return build(schema, (setting) => setting.toValue(raw.get(setting))) as ConfigOf<S>;
}

/**
 * Every setting's parsed value (before `toValue`): the variable's when it is set, else the
 * default, which may depend on another setting's value (read first, whatever the order).
 */
export function readSettings(env: Env, schema: ConfigSection = CONFIG_SCHEMA): Map<AnySetting, unknown> {
  const values = new Map<AnySetting, unknown>();
  const get = <R>(setting: AnySetting): R => {
    if (!values.has(setting)) {
      const text = variable(env, setting);
      const d: unknown = setting.default;
      values.set(setting, text !== undefined ? setting.parse(text) : d instanceof DerivedDefault ? d.resolve(get) : d);
    }
    return values.get(setting) as R;
  };
  for (const { setting } of schemaSettings(schema)) get(setting);
  return values;
}

/** The variable's text, or undefined when unset; blank counts as unset, and text is trimmed, unless the setting is verbatim. */
function variable(env: Env, setting: AnySetting): string | undefined {
  const v = env[setting.env];
  if (v === undefined || setting.verbatim) return v;
  const trimmed = v.trim();
  return trimmed === '' ? undefined : trimmed;
}

function build(section: ConfigSection, value: (setting: AnySetting) => unknown): unknown {
  const out: Record<string, unknown> = {};
  for (const [key, node] of Object.entries(section)) {
    out[key] = isSetting(node) ? freeze(value(node)) : build(node, value);
  }
  return Object.freeze(out);
}

function freeze<T>(v: T): T {
  if (Array.isArray(v)) return Object.freeze(v.map(freeze)) as T;
  if (v instanceof Secret) return Object.freeze(v);
  return v;
}
