import { normalizeClaimant } from "./normalize-claimant";
import type { ComparableClaim, Voice } from "./schema";

/**
 * Groups claims by who actually makes them: the attributed claimant, or for unattributed claims
 * the outlet itself (its own reporting). Two outlets quoting "Antony Blinken" are one voice, and
 * "according to Reuters" joins Reuters' own reporting. A claim with neither stands alone, since
 * nothing says it shares a source. Voices and their claim ids keep input order. Never throws.
 */
export function groupVoices(claims: readonly ComparableClaim[]): Voice[] {
  const voices = new Map<string, Voice>();
  for (const claim of claims) {
    const claimant = claim.attribution?.trim() || claim.outlet?.trim() || "";
    const normalized = normalizeClaimant(claimant);
    const key = normalized ? `claimant:${normalized}` : `claim:${claim.id}`;
    const voice = voices.get(key);
    if (voice) voice.claimIds.push(claim.id);
    else voices.set(key, { claimant: claimant || "unattributed", claimIds: [claim.id] });
  }
  return [...voices.values()];
}
