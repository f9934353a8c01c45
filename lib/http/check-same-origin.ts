/**
 * The CSRF check of every state-changing API request: a browser sends `Origin` with every
 * cross-site POST, PUT, PATCH and DELETE (and `Sec-Fetch-Site` with every request since 2023),
 * and a page on another site can set neither. Requiring one of them to say "this site" keeps a
 * signed-in editor's browser from being used by another site, SameSite cookies or not.
 * Clients other than browsers (scripts, tests) send an `Origin` equal to the app's address.
 */

/** Methods that read only; everything else changes something and must come from this site. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type OriginCheck = { ok: true } | { ok: false; reason: string };

/**
 * Whether a request may change something: safe methods always may; the others need an `Origin`
 * whose host (name and port) is the request's own host, or, when a client sends no `Origin`,
 * `Sec-Fetch-Site: same-origin`. The host is `X-Forwarded-Host` when a proxy in front set it (as
 * Next.js's own server-action check reads it), else `Host`.
 */
export function checkSameOrigin(method: string, headers: Headers): OriginCheck {
  if (SAFE_METHODS.has(method.toUpperCase())) return { ok: true };
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host")?.trim();
  if (!host) return refuse("it has no Host header");

  const origin = headers.get("origin");
  if (origin !== null) {
    const originUrl = parseOrigin(origin);
    if (!originUrl) return refuse(`its Origin "${origin}" is not a web address`);
    const ownHost = normalizeHost(host, originUrl.protocol);
    return ownHost !== null && originUrl.host === ownHost
      ? { ok: true }
      : refuse(`it comes from ${originUrl.origin}, not from this site`);
  }
  const site = headers.get("sec-fetch-site");
  if (site === "same-origin") return { ok: true };
  return refuse(site ? `the browser says it comes from a ${site} page` : "it names no Origin");
}

function refuse(why: string): OriginCheck {
  return { ok: false, reason: `Refused: a change must come from this site, and ${why}.` };
}

/** The origin as a URL, or null for "null" (sandboxed frames, file: pages) and garbage. */
function parseOrigin(origin: string): URL | null {
  if (!/^https?:\/\//i.test(origin)) return null;
  try {
    return new URL(origin);
  } catch {
    return null;
  }
}

/** `host` the way URL.host writes it for `protocol` (lowercase, default port dropped). */
function normalizeHost(host: string, protocol: string): string | null {
  try {
    const url = new URL(`${protocol}//${host}`);
    // A Host header with a path or credentials is not a host.
    return url.pathname === "/" && !url.username && !url.search ? url.host : null;
  } catch {
    return null;
  }
}
