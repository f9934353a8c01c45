/**
 * A fresh CSP nonce: 16 bytes from the platform's CSPRNG, base64-encoded (24 characters).
 * Uses Web Crypto and `btoa` only, so it runs wherever `proxy.ts` runs.
 */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
