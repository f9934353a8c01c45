import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * The secret that signs session cookies: BETTER_AUTH_SECRET when set (required when several
 * instances serve the app), otherwise one made on first start and kept in the data folder, so
 * sessions survive a restart of a single machine.
 */
export async function ensureAuthSecret(dataDir: string): Promise<string> {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  let secret = existsSync(file) ? (await readFile(file, "utf8")).trim() : "";
  if (secret.length < 32) {
    secret = randomBytes(32).toString("base64url");
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, `${secret}\n`, { mode: 0o600 });
  }
  process.env.BETTER_AUTH_SECRET = secret;
  return secret;
}
