import { accessSync, constants } from "node:fs";

/** The Chromium to drive in end-to-end tests: CHROMIUM_PATH, else Debian's; null when neither runs. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not there; try the next
    }
  }
  return null;
}
