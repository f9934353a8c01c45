import ipaddr from "ipaddr.js";
import { isAllowedAddress, isAllowedHost, type FetchAllowList } from "./allow-list";
import { checkAddress } from "./check-address";

/** The longest URL accepted; real article addresses are far shorter. */
export const MAX_URL_LENGTH = 2048;

const STANDARD_PORTS: Record<string, string> = { "http:": "80", "https:": "443" };

export type UrlVerdict =
  | {
      ok: true;
      url: string;
      /** A host name on another port: each address it resolves to must be one the operator allowed. */
      portNeedsAllowedAddress: boolean;
    }
  | { ok: false; reason: string };

/**
 * The rules a URL must pass before any connection is made: http or https, no user name or
 * password in it, a host, the standard port (unless the operator allowed the host or address),
 * and, for an address written as the host, the address rules. Host names are checked again when
 * they resolve (fetch-page.ts). Returns the URL without its fragment, which is never sent.
 */
export function checkUrl(input: string, allow: FetchAllowList): UrlVerdict {
  if (input.length > MAX_URL_LENGTH) return { ok: false, reason: `the address is longer than ${MAX_URL_LENGTH} characters` };
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, reason: "it is not a web address (http:// or https://)" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { ok: false, reason: `only http and https addresses are fetched, not ${url.protocol.replace(/:$/, "")}` };
  }
  if (url.username || url.password) return { ok: false, reason: "addresses with a user name or password are not fetched" };
  if (!url.hostname) return { ok: false, reason: "the address has no host" };
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const literal = ipaddr.isValid(host);
  const allowed = isAllowedHost(allow, host) || (literal && isAllowedAddress(allow, host));
  if (literal && !allowed) {
    const verdict = checkAddress(host);
    if (!verdict.ok) return { ok: false, reason: `${host} is ${verdict.reason} (an operator can allow it with CLAIMDIFF_FETCH_ALLOW)` };
  }
  const otherPort = Boolean(url.port) && url.port !== STANDARD_PORTS[url.protocol];
  if (otherPort && !allowed && (literal || allow.ranges.length === 0)) {
    return { ok: false, reason: `${PORT_RULE}, not ${url.port}` };
  }
  url.hash = "";
  return { ok: true, url: url.toString(), portNeedsAllowedAddress: otherPort && !allowed };
}

/** Web pages are served on the standard ports; other ports are for what the operator allowed. */
export const PORT_RULE = "only the standard ports (80 for http, 443 for https) are fetched unless the operator allowed the host";
