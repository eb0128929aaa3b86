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

export function readBody(
  ex: Exchange,
  contentLength: string,
  maxBytes: number,
  onBody: (body: Buffer) => void,
  onError: (err: SpawnError) => void,
): void {
  const tooLarge = (size: string): SpawnError =>
    new SpawnError('SPAWN_ERR_BODY_TOO_LARGE', `request body of ${size} exceeds PROXY_MAX_BODY_BYTES (${maxBytes} bytes)`);

  let expected = -1;
  if (contentLength !== '') {
    expected = /^\d+$/.test(contentLength) ? Number(contentLength) : NaN;
    if (Number.isNaN(expected)) {
      onError(new SpawnError('SPAWN_ERR_BAD_REQUEST', `Content-Length '${contentLength}' is not a number of bytes`));
      return;
    }
    if (expected > maxBytes) {
      onError(tooLarge(`${expected} bytes`));
      return;
    }
  }

  let single: Buffer | undefined;
  let parts: Buffer[] | undefined;
  let received = 0;
  let failed = false;
  ex.res.onData((chunk, isLast) => {
    if (failed || ex.aborted) return;
    received += chunk.byteLength;
    if (received > maxBytes) {
      failed = true;
      onError(tooLarge(`more than ${maxBytes} bytes`));
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
