// The one catalogue of error codes. A code, once published, keeps its meaning forever:
// add new codes, never repurpose old ones. Every error an SDK sees carries one of these
// in its RequestStatus message, as "<CODE>: <message>" (status ERROR). README.md "## Errors"
// lists every code here with its "when" (test/unit/errors-catalogue.test.ts keeps them in step).
//
// This file imports nothing: the proxy and the SDK (src/sdk) both read it, as they both read proto/.

interface ErrorSpec {
  /** HTTP status of the response that carries this error. */
  http: number;
  /** Terminal errors fail the same way on retry; retryable ones may succeed later. */
  retryable: boolean;
  /**
   * The target is not registered: terminal for a caller, who is told at once instead of
   * waiting (Spawn retries for 10-60 s), but work the proxy stored to run later (a delayed
   * invocation) waits for it, because after a restart hosts register again; the scheduler
   * retries it until PROXY_SCHEDULER_MAX_LATE_MS.
   */
  awaitsRegistration?: true;
}

export const ERROR_CODES = {
  // Request shape
  SPAWN_ERR_BAD_PROTOBUF: { http: 400, retryable: false },
  SPAWN_ERR_BAD_REQUEST: { http: 400, retryable: false },
  SPAWN_ERR_UNSUPPORTED_MEDIA_TYPE: { http: 415, retryable: false },
  SPAWN_ERR_BODY_TOO_LARGE: { http: 413, retryable: false },
  SPAWN_ERR_ROUTE_NOT_FOUND: { http: 404, retryable: false },
  SPAWN_ERR_METHOD_NOT_ALLOWED: { http: 405, retryable: false },
  // Admin routes (introspection)
  SPAWN_ERR_UNAUTHORIZED: { http: 401, retryable: false },
  SPAWN_ERR_FORBIDDEN: { http: 403, retryable: false },
  // Actors
  SPAWN_ERR_SYSTEM_NOT_FOUND: { http: 404, retryable: false, awaitsRegistration: true },
  SPAWN_ERR_ACTOR_NOT_FOUND: { http: 404, retryable: false, awaitsRegistration: true },
  SPAWN_ERR_ACTION_NOT_FOUND: { http: 404, retryable: false },
  SPAWN_ERR_TEMPLATE_NOT_FOUND: { http: 404, retryable: false, awaitsRegistration: true },
  SPAWN_ERR_ACTOR_NAME_CONFLICT: { http: 409, retryable: false },
  SPAWN_ERR_ACTIVATION_FAILED: { http: 503, retryable: true },
  SPAWN_ERR_DEADLINE_EXCEEDED: { http: 504, retryable: true },
  SPAWN_ERR_INVOCATION_CYCLE: { http: 508, retryable: false },
  // Host (the SDK process that runs the actor code)
  SPAWN_ERR_HOST_UNAVAILABLE: { http: 502, retryable: true },
  SPAWN_ERR_HOST_TIMEOUT: { http: 504, retryable: true },
  SPAWN_ERR_HOST_BAD_RESPONSE: { http: 502, retryable: false },
  // Proxy state
  SPAWN_ERR_DRAINING: { http: 503, retryable: true },
  SPAWN_ERR_STORE_UNAVAILABLE: { http: 503, retryable: true },
  // Cluster
  SPAWN_ERR_ACTOR_MOVED: { http: 503, retryable: true },
  SPAWN_ERR_NOT_OWNER: { http: 503, retryable: true },
  SPAWN_ERR_MEMBER_UNAVAILABLE: { http: 503, retryable: true },
  SPAWN_ERR_STATE_CONFLICT: { http: 409, retryable: true },
  SPAWN_ERR_STATE_DECRYPT: { http: 500, retryable: false },
  SPAWN_ERR_CONFIG: { http: 500, retryable: false },
  SPAWN_ERR_INTERNAL: { http: 500, retryable: false },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * Codes the TypeScript SDK (src/sdk) raises on its own side of the wire; the proxy never sends
 * them. They have no HTTP status of their own: the proxy was not reached, or the status it
 * answered travels in SpawnSdkError.httpStatus.
 */
export const SDK_ERROR_CODES = {
  /** The proxy could not be reached (connection refused, reset, DNS). */
  SPAWN_SDK_PROXY_UNREACHABLE: { retryable: true },
  /** The proxy has no host channel route (an older proxy, or Spawn's): the SDK falls back to HTTP. */
  SPAWN_SDK_NO_CHANNEL: { retryable: false },
  /** The host channel closed, or was not open, before the proxy answered; it reconnects. */
  SPAWN_SDK_CHANNEL_CLOSED: { retryable: true },
  /** No answer on the host channel within the call timeout. */
  SPAWN_SDK_TIMEOUT: { retryable: true },
  /** The proxy answered a call on the host channel with another kind of frame. */
  SPAWN_SDK_BAD_FRAME: { retryable: false },
  /** The proxy answered over HTTP with an empty body. */
  SPAWN_SDK_EMPTY_RESPONSE: { retryable: false },
  /** define() was given a second actor of one name. */
  SPAWN_SDK_DUPLICATE_ACTOR: { retryable: false },
  /** The proxy invoked an actor or action this host defines no handler for. */
  SPAWN_SDK_NO_HANDLER: { retryable: false },
  /** An error answer whose message carries no SPAWN_ERR_* code (e.g. from a Spawn proxy). */
  SPAWN_ERR_UNKNOWN: { retryable: false },
} as const satisfies Record<string, Omit<ErrorSpec, 'http'>>;

export type SdkErrorCode = keyof typeof SDK_ERROR_CODES;

/** Whether an error of this code may succeed when tried again; false for a code this catalogue does not know. */
export function isRetryable(code: string): boolean {
  const spec = (ERROR_CODES as Record<string, ErrorSpec | undefined>)[code] ?? (SDK_ERROR_CODES as Record<string, { retryable: boolean } | undefined>)[code];
  return spec?.retryable ?? false;
}

export class SpawnError extends Error {
  readonly code: ErrorCode;
  readonly httpStatus: number;
  readonly retryable: boolean;
  /** See ErrorSpec.awaitsRegistration: terminal for a caller, worth waiting for in stored work. */
  readonly awaitsRegistration: boolean;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SpawnError';
    this.code = code;
    const spec: ErrorSpec = ERROR_CODES[code];
    this.httpStatus = spec.http;
    this.retryable = spec.retryable;
    this.awaitsRegistration = spec.awaitsRegistration === true;
  }

  /** The text put into RequestStatus.message. */
  get statusMessage(): string {
    return `${this.code}: ${this.message}`;
  }
}

/** Wraps anything thrown into a SpawnError, keeping the original as `cause`. */
export function asSpawnError(err: unknown): SpawnError {
  if (err instanceof SpawnError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new SpawnError('SPAWN_ERR_INTERNAL', `unexpected error: ${message}`, { cause: err });
}
