// Typed readers for environment variables. A bad value stops start-up with a message that
// names the variable, what was given and what a valid value looks like.
import { SpawnError } from '../errors';

export type Env = Record<string, string | undefined>;

function invalid(name: string, got: string, want: string): SpawnError {
  return new SpawnError('SPAWN_ERR_CONFIG', `${name} must be ${want} (got '${got}')`);
}

function raw(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

export function readString(env: Env, name: string, fallback: string): string {
  return raw(env, name) ?? fallback;
}

export function readOptionalString(env: Env, name: string): string | undefined {
  return raw(env, name);
}

export function readInt(
  env: Env,
  name: string,
  fallback: number,
  range: { min?: number; max?: number } = {},
): number {
  const v = raw(env, name);
  if (v === undefined) return fallback;
  const min = range.min ?? Number.MIN_SAFE_INTEGER;
  const max = range.max ?? Number.MAX_SAFE_INTEGER;
  const want = `an integer between ${min} and ${max}`;
  if (!/^-?\d+$/.test(v)) throw invalid(name, v, want);
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < min || n > max) throw invalid(name, v, want);
  return n;
}

export function readBool(env: Env, name: string, fallback: boolean): boolean {
  const v = raw(env, name);
  if (v === undefined) return fallback;
  const lower = v.toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(lower)) return true;
  if (['false', '0', 'no', 'off'].includes(lower)) return false;
  throw invalid(name, v, 'true or false');
}

export function readEnum<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const v = raw(env, name);
  if (v === undefined) return fallback;
  const hit = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
  if (hit === undefined) throw invalid(name, v, `one of ${allowed.join(', ')}`);
  return hit;
}
