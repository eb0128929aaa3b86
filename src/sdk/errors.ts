// Errors the SDK throws. The proxy's RequestStatus message starts with a stable code
// ("SPAWN_ERR_ACTION_NOT_FOUND: ..."); it is parsed out so callers can branch on it. Codes and
// whether they are retryable come from the one catalogue, src/errors.ts (SPAWN_ERR_* of the
// proxy, SPAWN_SDK_* of this side).
import { isRetryable, type ErrorCode, type SdkErrorCode } from '../errors';

/** A code of the catalogue, or one a newer proxy sends that this SDK does not know yet. */
export type SpawnSdkErrorCode = ErrorCode | SdkErrorCode | (string & {});

export class SpawnSdkError extends Error {
  /** The proxy's error code (SPAWN_ERR_*), or SPAWN_SDK_* for failures on this side. */
  readonly code: SpawnSdkErrorCode;
  /** HTTP status of the proxy's answer; 0 when the proxy was not reached. */
  readonly httpStatus: number;
  /** Whether the call may succeed when made again (from the catalogue; false for a code it does not know). */
  readonly retryable: boolean;

  constructor(code: SpawnSdkErrorCode, message: string, httpStatus = 0, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SpawnSdkError';
    this.code = code;
    this.httpStatus = httpStatus;
    this.retryable = isRetryable(code);
  }

  /** Builds the error from a RequestStatus message of the proxy. */
  static fromStatus(what: string, message: string, httpStatus: number): SpawnSdkError {
    const m = /^(SPAWN_ERR_[A-Z_]+): ([\s\S]*)$/.exec(message);
    return new SpawnSdkError(m ? m[1]! : 'SPAWN_ERR_UNKNOWN', `${what} failed: ${m ? m[2] : message || `HTTP ${httpStatus}`}`, httpStatus);
  }
}
