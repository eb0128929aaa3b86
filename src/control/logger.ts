// JSON-lines logger on stderr, through pino. Cheap when a level is off: callers pass fields,
// not strings, and pino checks the level before it serialises anything.
//
// Every line: {"level":"info","time":"<ISO 8601>","msg":"...", ...fields}. Fields are the
// caller's, with two guards: an Error becomes {message, code} (no stack, no cause chain that
// might quote a value), and bytes (a Buffer, a Uint8Array: state, keys) are never written,
// only their length.
import pino, { type DestinationStream } from 'pino';
import type { LogLevel } from './config-schema';

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  enabled(level: LogLevel): boolean;
}

/** A field's value as it may be logged. */
function safe(v: unknown, depth: number): unknown {
  if (v instanceof Error) return { message: v.message, code: (v as { code?: unknown }).code };
  if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) return `[${v.byteLength} bytes]`;
  if (depth < 3 && v !== null && typeof v === 'object') {
    if (Array.isArray(v)) return v.map((x) => safe(x, depth + 1));
    const proto = Object.getPrototypeOf(v) as unknown;
    // Only plain objects are walked; anything else goes to pino (and its toJSON) as it is.
    if (proto === Object.prototype || proto === null) {
      const out: LogFields = {};
      for (const [k, x] of Object.entries(v as LogFields)) out[k] = safe(x, depth + 1);
      return out;
    }
  }
  return v;
}

function serialise(fields: LogFields): LogFields {
  const out: LogFields = {};
  for (const [k, v] of Object.entries(fields)) out[k] = safe(v, 0);
  return out;
}

/**
 * A logger writing lines of at least `level`; `write` gets each line (with its newline),
 * synchronously — stderr by default.
 */
export function createLogger(level: LogLevel, write?: (line: string) => void): Logger {
  const stream: DestinationStream = write ? { write } : pino.destination({ dest: 2, sync: true });
  const p = pino(
    {
      level,
      base: undefined,
      messageKey: 'msg',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    stream,
  );
  const log =
    (lvl: LogLevel) =>
    (msg: string, fields?: LogFields): void => {
      if (!p.isLevelEnabled(lvl)) return;
      if (fields) p[lvl](serialise(fields), msg);
      else p[lvl](msg);
    };
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    enabled: (lvl) => p.isLevelEnabled(lvl),
  };
}
