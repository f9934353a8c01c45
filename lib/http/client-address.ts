/**
 * The client's address on a request that came through our server (scripts/serve.ts), which
 * replaces X-Forwarded-For with the one address it resolved from the socket and the trusted
 * proxies (lib/http/forwarding.ts). Null when there is none (a call from inside the process).
 */
export function requestClientAddress(headers: Headers | undefined): string | null {
  const first = headers?.get("x-forwarded-for")?.split(",")[0]?.trim();
  return first ? first.slice(0, 100) : null;
}
