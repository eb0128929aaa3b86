// Request bodies on uWebSockets.js: bounded, copied out of uWS's transient chunks once,
// and refused early (413 before reading) when Content-Length already says too much.
import type { HttpResponse } from '@trufflesuite/uws-js-unofficial';
import { SpawnError } from '../../errors';

/** Per-request state shared by the body reader and the responder. */
export interface Exchange {
  res: HttpResponse;
  aborted: boolean;
  done: boolean;
}

const PROTOBUF_TYPES = new Set(['application/octet-stream', 'application/protobuf', 'application/x-protobuf']);

/**
 * Checks the Content-Type header. Missing is accepted (some HTTP clients omit it for raw
 * bytes); anything but a protobuf/octet-stream type is refused.
 */
export function checkContentType(contentType: string): SpawnError | undefined {
  if (contentType === '' || contentType === 'application/octet-stream') return undefined;
  const mime = contentType.split(';', 1)[0]!.trim().toLowerCase();
  if (PROTOBUF_TYPES.has(mime)) return undefined;
  return new SpawnError(
    'SPAWN_ERR_UNSUPPORTED_MEDIA_TYPE',
    `Content-Type '${contentType}' is not accepted; send the protobuf message as application/octet-stream or application/protobuf`,
  );
}

/**
 * A body refused before it was read whole (too large, wrong Content-Type) is still read and
 * dropped, up to this many bytes, before the error reply closes the connection: closing a
 * socket with unread input sends a TCP reset, and the client would see ECONNRESET/EPIPE
 * instead of the reply. Past the bound the connection is closed anyway.
 */
export const DISCARD_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * Reads the body into one buffer, or calls onError. Errors found before the body ends are
 * reported once the rest of it has been read and dropped (see DISCARD_LIMIT_BYTES), so the
 * reply reaches the client; the caller then closes the connection.
 */
export function readBody(ex: Exchange, contentLength: string, maxBytes: number, onBody: (body: Buffer) => void, onError: (err: SpawnError) => void): void {
  const tooLarge = (size: string): SpawnError =>
    new SpawnError('SPAWN_ERR_BODY_TOO_LARGE', `request body of ${size} exceeds PROXY_MAX_BODY_BYTES (${maxBytes} bytes)`);

  let expected = -1;
  if (contentLength !== '') {
    expected = /^\d+$/.test(contentLength) ? Number(contentLength) : NaN;
    if (Number.isNaN(expected)) {
      // The framing itself is unknown: nothing to drain.
      onError(new SpawnError('SPAWN_ERR_BAD_REQUEST', `Content-Length '${contentLength}' is not a number of bytes`));
      return;
    }
    if (expected > maxBytes) {
      const err = tooLarge(`${expected} bytes`);
      if (expected - maxBytes > DISCARD_LIMIT_BYTES) onError(err);
      else discardBody(ex, () => onError(err));
      return;
    }
  }

  let single: Buffer | undefined;
  let parts: Buffer[] | undefined;
  let received = 0;
  let failed: SpawnError | undefined;
  ex.res.onData((chunk, isLast) => {
    if (ex.aborted) return;
    received += chunk.byteLength;
    if (failed) {
      // Dropping the rest of a refused body; answer at its end or at the bound.
      if (isLast || received - maxBytes > DISCARD_LIMIT_BYTES) {
        const err = failed;
        failed = undefined;
        received = -Infinity;
        onError(err);
      }
      return;
    }
    if (received < 0) return;
    if (received > maxBytes) {
      failed = tooLarge(`more than ${maxBytes} bytes`);
      single = undefined;
      parts = undefined;
      if (isLast) {
        failed = undefined;
        received = -Infinity;
        onError(tooLarge(`more than ${maxBytes} bytes`));
      }
      return;
    }
    // uWS reuses the chunk's memory after this callback returns: copy it (into Node's buffer
    // pool for small bodies, far cheaper than the fresh ArrayBuffer chunk.slice(0) makes).
    const copy = Buffer.allocUnsafe(chunk.byteLength);
    copy.set(new Uint8Array(chunk));
    if (isLast && single === undefined && parts === undefined) {
      onBody(copy);
      return;
    }
    if (single === undefined && parts === undefined) single = copy;
    else {
      parts ??= [single!];
      parts.push(copy);
    }
    if (isLast) onBody(parts ? Buffer.concat(parts, received) : single!);
  });
}

/** Reads and drops a request body (at most DISCARD_LIMIT_BYTES), then calls `then`. */
export function discardBody(ex: Exchange, then: () => void): void {
  let received = 0;
  let called = false;
  ex.res.onData((chunk, isLast) => {
    if (called || ex.aborted) return;
    received += chunk.byteLength;
    if (isLast || received > DISCARD_LIMIT_BYTES) {
      called = true;
      then();
    }
  });
}
