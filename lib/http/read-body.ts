import { AppError } from "../errors";

/**
 * Reads a request body into memory, refusing it with TOO_LARGE (413) once it is longer than
 * `maxBytes`. A declared `Content-Length` over the limit is refused before a single byte is read;
 * a body without one (chunked transfer) is counted while it streams in and dropped as soon as it
 * passes the limit, so no more than `maxBytes` plus one chunk is ever held.
 *
 * Next.js buffers up to `proxyClientMaxBodySize` (10 MB by default) of every body that passes
 * through proxy.ts and silently cuts off the rest, so a limit here must stay below that one.
 */
export async function readBodyWithLimit(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = declaredLength(request.headers);
  if (declared !== null && declared > maxBytes) throw tooLarge(maxBytes, declared);
  if (!request.body) return new Uint8Array(0);

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Tells the sender to stop; what is in flight is discarded, not buffered.
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes, null);
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

/** The `Content-Length` as a number, or null when absent or not a plain decimal. */
function declaredLength(headers: Headers): number | null {
  const value = headers.get("content-length")?.trim();
  return value && /^\d+$/.test(value) ? Number(value) : null;
}

function tooLarge(maxBytes: number, declared: number | null): AppError {
  const sent = declared === null ? "" : ` (${formatBytes(declared)} sent)`;
  return new AppError("TOO_LARGE", `The request body is larger than ${formatBytes(maxBytes)}${sent}; nothing was read or stored.`);
}

/** "5 MB", "1.5 MB", "64 KB", "100 bytes": binary units, as the limits are set. */
export function formatBytes(bytes: number): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), "MB"] : bytes >= 1024 ? [bytes / 1024, "KB"] : [bytes, "bytes"];
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
