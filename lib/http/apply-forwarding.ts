import type { IncomingHttpHeaders } from "node:http";
import { resolveForwarding, type TrustedProxies } from "./forwarding";

/** Forwarding headers a client could send to pass for someone, or somewhere, else. */
const FORWARDING_HEADERS = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip"];

/**
 * Rewrites a request's forwarding headers before the app sees them: X-Forwarded-For becomes the
 * one client address resolved from the socket (lib/http/forwarding.ts), and X-Forwarded-Host and
 * -Proto stay only when a trusted proxy set them. Next.js fills in what is missing from the
 * request itself (its own Host and scheme), so every check downstream reads headers it can trust.
 */
export function applyForwarding(headers: IncomingHttpHeaders, peer: string, proxies: TrustedProxies): void {
  const first = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? value.join(", ") : value;
  };
  const resolved = resolveForwarding(
    peer,
    { forwardedFor: first("x-forwarded-for"), forwardedHost: first("x-forwarded-host"), forwardedProto: first("x-forwarded-proto") },
    proxies,
  );
  for (const name of FORWARDING_HEADERS) delete headers[name];
  headers["x-forwarded-for"] = resolved.clientAddress;
  if (resolved.host) headers["x-forwarded-host"] = resolved.host;
  if (resolved.proto) headers["x-forwarded-proto"] = resolved.proto;
}
