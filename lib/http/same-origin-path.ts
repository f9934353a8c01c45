// Where to send someone after signing in comes from the address (`?next=`), which anyone can
// write. Browsers read `//evil.example`, `/\evil.example` and `/.//evil.example` (after they
// resolve the dot segment) as other sites, and drop tabs and line breaks from addresses, so a
// check on the raw string misses forms a browser still follows. The path is therefore resolved
// the way a browser resolves it, and checked after that.

const PLACEHOLDER_ORIGIN = "https://app.invalid";
const MAX_LENGTH = 2000;

/**
 * `next` as a path on this site (path, query and fragment, normalized), or `fallback` when it
 * is missing, too long, or would lead anywhere else once a browser or a server resolved it.
 */
export function sameOriginPath(next: unknown, fallback = "/events"): string {
  if (typeof next !== "string" || next.length === 0 || next.length > MAX_LENGTH) return fallback;
  // Only a path: no scheme, no host, no backslash (WHATWG URLs treat it as a slash), no control
  // characters or spaces (browsers strip tabs and newlines from an address before resolving it).
  if (!next.startsWith("/") || /[\\\u0000-\u0020\u007F-\u009F]/.test(next)) return fallback;
  let url: URL;
  try {
    url = new URL(next, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  // Resolving dot segments can leave "//host" at the start ("/.//evil.example"), and so can a
  // server that decodes "%2F" or "%5C" before redirecting again.
  if (url.pathname.startsWith("//") || /^\/+(%2f|%5c)/i.test(url.pathname) || hasEncodedEscape(url.pathname)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Whether decoding the path (once or twice) gives a backslash or a second leading slash. */
function hasEncodedEscape(pathname: string): boolean {
  let decoded = pathname;
  for (let round = 0; round < 2; round++) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      return true;
    }
    if (decoded.includes("\\") || decoded.startsWith("//") || /[\u0000-\u001F]/.test(decoded)) return true;
  }
  return false;
}
