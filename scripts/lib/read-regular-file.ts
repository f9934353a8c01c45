import { constants, Stats } from "node:fs";
import { open, stat, type FileHandle } from "node:fs/promises";

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

const CHUNK = 64 * 1024;

/**
 * Reads a regular file of at most `maxBytes`, or says why not. A path may lead (directly or
 * through a link) to a device, a FIFO or a socket: `/dev/zero` never ends and a FIFO blocks until
 * someone writes to it, so only regular files are opened, without blocking, and checked again
 * once open (the path could have been swapped in between). The size is counted while reading,
 * since a file can grow after it was measured.
 */
export async function readRegularFile(file: string, maxBytes: number, oversizeReason: (bytes: number) => string): Promise<ReadResult> {
  const before = await stat(file).catch((error: unknown) => error);
  if (!(before instanceof Stats)) return { ok: false, reason: `cannot read: ${describe(before)}` };
  if (!before.isFile()) return { ok: false, reason: `not a regular file (${kindOf(before)}); only files are imported` };
  if (before.size > maxBytes) return { ok: false, reason: oversizeReason(before.size) };

  let handle: FileHandle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, reason: `cannot read: ${describe(error)}` };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, reason: `not a regular file (${kindOf(info)}); only files are imported` };
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buffer = new Uint8Array(CHUNK);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) return { ok: false, reason: oversizeReason(total) };
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return { ok: false, reason: `cannot read: ${describe(error)}` };
  } finally {
    await handle.close();
  }
}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return "a folder";
  if (info.isFIFO()) return "a named pipe";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "not a file";
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
}
