// Errors the SDK throws. The proxy's RequestStatus message starts with a stable code
// ("SPAWN_ERR_ACTION_NOT_FOUND: ..."); it is parsed out so callers can branch on it.

export class SpawnSdkError extends Error {
  /** The proxy's error code (SPAWN_ERR_*), or SPAWN_SDK_* for failures on this side. */
  readonly code: string;
  /** HTTP status of the proxy's answer; 0 when the proxy was not reached. */
  readonly httpStatus: number;

  constructor(code: string, message: string, httpStatus = 0, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SpawnSdkError';
    this.code = code;
    this.httpStatus = httpStatus;
  }

  /** Builds the error from a RequestStatus message of the proxy. */
  static fromStatus(what: string, message: string, httpStatus: number): SpawnSdkError {
    const m = /^(SPAWN_ERR_[A-Z_]+): ([\s\S]*)$/.exec(message);
    return new SpawnSdkError(m ? m[1]! : 'SPAWN_ERR_UNKNOWN', `${what} failed: ${m ? m[2] : message || `HTTP ${httpStatus}`}`, httpStatus);
  }
}
