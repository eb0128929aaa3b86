import type { HttpRequest } from '@trufflesuite/uws-js-unofficial';

/** Path parameter `i`, URL-decoded (decoded only when it has a `%`; kept as sent when malformed). */
export function param(req: HttpRequest, i: number): string {
  const raw = req.getParameter(i) ?? '';
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
