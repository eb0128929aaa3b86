// The N-API addon (binding.gyp, native/), built by `npm ci`. Only routines that beat their
// JavaScript twin in bench/micro/native.ts live there; every one has a twin here or next to
// its caller, used when the addon cannot load or SPAWN_NATIVE=0 (configureNative(false)).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The addon's exports (native/addon.cc). */
export interface NativeAddon {
  abi: number;
  StateTable: new () => NativeStateTable;
}

/** native/state_table.h: slot -> bytes, off the V8 heap. */
export interface NativeStateTable {
  /** Stores a copy unless the slot holds exactly these bytes; true when it changed. */
  update(slot: number, bytes: Uint8Array): boolean;
  /** Copies the slot's bytes into target; the count copied, -1 for an empty slot. */
  read(slot: number, target: Uint8Array): number;
  remove(slot: number): void;
  bytes(): number;
}

export interface NativeStatus {
  loaded: boolean;
  /** Why the JavaScript twins are in use. */
  reason?: string;
}

const ABI = 2;
let cached: { addon: NativeAddon | undefined; status: NativeStatus } | undefined;
let enabled = true;

/**
 * Whether to load the addon at all (`config.nativeAddon`, SPAWN_NATIVE). Call it before
 * anything asks for the addon: what was built before keeps what it had.
 */
export function configureNative(use: boolean): void {
  if (use === enabled) return;
  enabled = use;
  cached = undefined;
}

/** The package root: the nearest folder above this file with binding.gyp (src/ or dist/src/). */
function packageRoot(): string | undefined {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'binding.gyp'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

function load(): { addon: NativeAddon | undefined; status: NativeStatus } {
  if (!enabled) return { addon: undefined, status: { loaded: false, reason: 'SPAWN_NATIVE=0' } };
  const root = packageRoot();
  const file = root && join(root, 'build', 'Release', 'spawn_native.node');
  if (!file || !existsSync(file)) {
    return { addon: undefined, status: { loaded: false, reason: 'not built (npm ci builds it; needs python3, make and a C++17 compiler)' } };
  }
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a .node binary found at run time
    const addon = require(file) as NativeAddon;
    if (addon.abi !== ABI) {
      return { addon: undefined, status: { loaded: false, reason: `stale build (abi ${addon.abi}, expected ${ABI}); run npm rebuild` } };
    }
    return { addon, status: { loaded: true } };
  } catch (err) {
    return { addon: undefined, status: { loaded: false, reason: `cannot load ${file}: ${(err as Error).message}` } };
  }
}

/** The addon, or undefined when the JavaScript twins are in use. Loaded once. */
export function nativeAddon(): NativeAddon | undefined {
  return (cached ??= load()).addon;
}

export function nativeStatus(): NativeStatus {
  return (cached ??= load()).status;
}
