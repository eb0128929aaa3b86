// The one catalogue of error codes. A code, once published, keeps its meaning forever:
// add new codes, never repurpose old ones. Every error an SDK sees carries one of these
// in its RequestStatus message, as "<CODE>: <message>".

/** Protocol status values (eigr.functions.protocol.Status). */
export const PROTOCOL_STATUS = { UNKNOWN: 0, OK: 1, ACTOR_NOT_FOUND: 2, ERROR: 3 } as const;

interface ErrorSpec {
  /** HTTP status of the response that carries this error. */
  http: number;
  /** Terminal errors fail the same way on retry; retryable ones may succeed later. */
  retryable: boolean;
}

export const ERROR_CODES = {
  // Request shape
  SPAWN_ERR_BAD_PROTOBUF: { http: 400, retryable: false },
  SPAWN_ERR_BAD_REQUEST: { http: 400, retryable: false },
  SPAWN_ERR_UNSUPPORTED_MEDIA_TYPE: { http: 415, retryable: false },
  SPAWN_ERR_BODY_TOO_LARGE: { http: 413, retryable: false },
  SPAWN_ERR_ROUTE_NOT_FOUND: { http: 404, retryable: false },
  SPAWN_ERR_METHOD_NOT_ALLOWED: { http: 405, retryable: false },
  // Actors
  SPAWN_ERR_SYSTEM_NOT_FOUND: { http: 404, retryable: false },
  SPAWN_ERR_ACTOR_NOT_FOUND: { http: 404, retryable: false },
  SPAWN_ERR_ACTION_NOT_FOUND: { http: 404, retryable: false },
  SPAWN_ERR_TEMPLATE_NOT_FOUND: { http: 404, retryable: false },
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

export class SpawnError extends Error {
  readonly code: ErrorCode;
  readonly httpStatus: number;
  readonly retryable: boolean;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SpawnError';
    this.code = code;
    this.httpStatus = ERROR_CODES[code].http;
    this.retryable = ERROR_CODES[code].retryable;
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
