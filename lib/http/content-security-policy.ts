/**
 * The Content-Security-Policy of every page, built per request around a fresh nonce.
 *
 * Next.js reads the nonce back out of the request's `Content-Security-Policy` header and puts it
 * on its own `<script>` tags (framework, page bundles, the inline RSC payload), so no script needs
 * 'unsafe-inline'. 'strict-dynamic' lets those nonced scripts load the chunks they import.
 */

/** What the policy depends on: the request's nonce, and whether this is `next dev`. */
export type ContentSecurityPolicyInput = {
  /** Base64 (or base64url) of at least 16 random bytes, fresh for each request. */
  nonce: string;
  /** `next dev` only: React rebuilds server error stacks in the browser with `eval`. */
  isDevelopment: boolean;
};

// The same nonce-source grammar Next.js parses (`get-script-nonce-from-header`); anything else
// would be silently ignored by Next.js, or could inject a directive into the header.
const NONCE_PATTERN = /^[A-Za-z0-9+/_-]{22,}={0,2}$/;

/**
 * Builds the header value. Throws when the nonce is not base64 of at least 16 bytes, because a
 * policy with a guessable or malformed nonce must never be served.
 */
export function buildContentSecurityPolicy({ nonce, isDevelopment }: ContentSecurityPolicyInput): string {
  if (!NONCE_PATTERN.test(nonce)) {
    throw new Error("A CSP nonce must be base64 of at least 16 random bytes.");
  }
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(isDevelopment ? ["'unsafe-eval'"] : [])],
    // Inline styles stay allowed: Radix positions popovers and sets CSS variables through `style`
    // attributes, and React renders those into the server HTML, where a nonce cannot reach them.
    // No nonce is listed here on purpose: a nonce would make browsers ignore 'unsafe-inline'.
    // Styles cannot run code, so the script policy above is what stops injected markup.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    // 'self' also covers the same-origin WebSocket that `next dev` uses for hot reload.
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}
