// Invokes actors through the proxy's HTTP API, like any client: POST
// /api/v1/system/:system/actors/:actor/invoke with an InvocationRequest. The answer is sorted
// by what the activator should do next, from the error catalogue (src/errors.ts):
//
//   ok                      acknowledge
//   unavailable             the proxy was not reached or is draining: nothing is wrong with
//                           the message; wait and try again, without counting it as a retry
//   awaiting-registration   system/actor/template not registered (yet: a restarted proxy whose
//                           host has not registered again); retried for a bounded time
//   retryable               the catalogue says a retry may succeed; retried up to the budget
//   terminal                the same call fails the same way again: dead-letter at once
import { Pool } from 'undici';
import { ERROR_CODES, type ErrorCode, type SdkErrorCode } from '../errors';
import { protocol, type IAny } from '../hotpath/codec';
import type { PlannedInvocation } from './mapping';

export type FailureKind = 'unavailable' | 'awaiting-registration' | 'retryable' | 'terminal';

export type InvokeOutcome =
  | { readonly ok: true; readonly value: IAny | null; readonly httpStatus: number }
  | { readonly ok: false; readonly kind: FailureKind; readonly code: string; readonly message: string; readonly httpStatus?: number };

/**
 * Codes that say the proxy (or the cluster behind it) cannot take calls now, whatever the
 * message: draining, an actor moving between members, its member gone until its lease ends.
 */
const PROXY_UNAVAILABLE: ReadonlySet<string> = new Set<ErrorCode>([
  'SPAWN_ERR_DRAINING',
  'SPAWN_ERR_ACTOR_MOVED',
  'SPAWN_ERR_NOT_OWNER',
  'SPAWN_ERR_MEMBER_UNAVAILABLE',
]);
/** Client-side: the proxy could not be reached (connection refused or reset before an answer). */
export const PROXY_UNREACHABLE: SdkErrorCode = 'SPAWN_SDK_PROXY_UNREACHABLE';
/** Client-side: no answer within the invocation's deadline (it may still have run). */
const INVOKE_TIMEOUT: ErrorCode = 'SPAWN_ERR_DEADLINE_EXCEEDED';
/** An answer that carries no code of the catalogue (another server, a gateway in front). */
const UNKNOWN: SdkErrorCode = 'SPAWN_ERR_UNKNOWN';

/** What to do about an error code from the proxy. */
export function classify(code: string, httpStatus?: number): FailureKind {
  if (PROXY_UNAVAILABLE.has(code)) return 'unavailable';
  const spec = (ERROR_CODES as Record<string, { retryable: boolean; awaitsRegistration?: true } | undefined>)[code];
  // Not registered: terminal for a caller, but a restarted proxy's host registers again.
  if (spec?.awaitsRegistration) return 'awaiting-registration';
  if (spec) return spec.retryable ? 'retryable' : 'terminal';
  // An answer without a code of ours (not this proxy, or a proxy in front): by HTTP status.
  return httpStatus !== undefined && httpStatus < 500 ? 'terminal' : 'retryable';
}

const NETWORK_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_CLOSED',
]);

export class ProxyInvoker {
  readonly #pool: Pool;
  readonly #timeoutMs: number;

  constructor(proxyUrl: string, opts: { connections: number; timeoutMs: number }) {
    this.#pool = new Pool(proxyUrl.replace(/\/$/, ''), { connections: opts.connections, pipelining: 1, keepAliveTimeout: 30_000, connectTimeout: 5_000 });
    // The proxy answers at the invocation's deadline (request-timeout metadata); wait a little longer for that answer.
    this.#timeoutMs = opts.timeoutMs + 1_000;
  }

  async invoke(p: PlannedInvocation): Promise<InvokeOutcome> {
    let res;
    try {
      res = await this.#pool.request({
        method: 'POST',
        path: `/api/v1/system/${encodeURIComponent(p.system)}/actors/${encodeURIComponent(p.actor)}/invoke`,
        headers: { 'content-type': 'application/octet-stream' },
        body: Buffer.from(p.body.buffer, p.body.byteOffset, p.body.byteLength),
        headersTimeout: this.#timeoutMs,
        bodyTimeout: this.#timeoutMs,
      });
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
        return { ok: false, kind: 'retryable', code: INVOKE_TIMEOUT, message: `no answer from the proxy within ${this.#timeoutMs} ms` };
      }
      if (NETWORK_ERRORS.has(code))
        return { ok: false, kind: 'unavailable', code: PROXY_UNREACHABLE, message: `proxy unreachable: ${(err as Error).message} (${code})` };
      return { ok: false, kind: 'unavailable', code: PROXY_UNREACHABLE, message: `proxy call failed: ${(err as Error).message}` };
    }
    let bytes: Buffer;
    try {
      bytes = Buffer.from(await res.body.arrayBuffer());
    } catch (err) {
      return { ok: false, kind: 'unavailable', code: PROXY_UNREACHABLE, message: `the proxy's answer broke off: ${(err as Error).message}` };
    }
    let decoded;
    try {
      decoded = protocol.InvocationResponse.decode(bytes);
    } catch {
      decoded = undefined;
    }
    const status = decoded?.status;
    if (res.statusCode === 200 && status?.status === protocol.Status.OK) {
      return { ok: true, value: decoded?.value ?? null, httpStatus: res.statusCode };
    }
    const text = status?.message ?? '';
    const m = /^(SPAWN_ERR_[A-Z0-9_]+): ?(.*)$/s.exec(text);
    if (m) return { ok: false, kind: classify(m[1]!, res.statusCode), code: m[1]!, message: m[2]!, httpStatus: res.statusCode };
    if (res.statusCode === 503) return { ok: false, kind: 'unavailable', code: UNKNOWN, message: text || 'HTTP 503 without a Spawn error', httpStatus: 503 };
    // Not an answer of this proxy (a gateway in front, another server): judged by its HTTP status.
    return {
      ok: false,
      kind: classify(UNKNOWN, res.statusCode),
      code: UNKNOWN,
      message: text || `HTTP ${res.statusCode} with ${decoded ? 'no status message' : 'a body that is not an InvocationResponse'}`,
      httpStatus: res.statusCode,
    };
  }

  /** Closes the connections once the calls in flight are answered, or at `deadline` (epoch ms) drops them. */
  async close(deadline = Date.now()): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((r) => (timer = setTimeout(() => r('late'), Math.max(0, deadline - Date.now()))));
    const done = await Promise.race([this.#pool.close().then(() => 'closed' as const), late]);
    clearTimeout(timer);
    if (done === 'late') await this.#pool.destroy();
  }
}
