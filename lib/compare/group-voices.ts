import { normalizeClaimant } from "./normalize-claimant";
import type { ComparableClaim, Voice } from "./schema";

/**
 * Groups claims by who actually makes them: the attributed claimant, or for unattributed claims
 * the outlet itself (its own reporting). Two outlets quoting "Jana Roth" are one voice, and
 * "according to Reuters" joins Reuters' own reporting. Outlets whose articles are copies of one
 * text (`copyGroup`: agency copy, light rewrites) report as one: their own reporting is one voice,
 * named after all of them ("A and B (one text)"); a claimant they quote stays its own voice, since
 * the copies repeat it rather than speak for it. A claim with neither stands alone, since
 * nothing says it shares a source. Voices and their claim ids keep input order. Never throws.
 */
export function groupVoices(claims: readonly ComparableClaim[]): Voice[] {
  const voices = new Map<string, Voice>();
  const outletsOfCopies = new Map<string, string[]>();
  for (const claim of claims) {
    const claimant = claim.attribution?.trim() || claim.outlet?.trim() || "";
    const normalized = normalizeClaimant(claimant);
    const copy = claim.copyGroup && !claim.attribution?.trim() ? `copy:${claim.copyGroup}` : null;
    const key = copy ?? (normalized ? `claimant:${normalized}` : `claim:${claim.id}`);
    const voice = voices.get(key);
    if (voice) voice.claimIds.push(claim.id);
    else voices.set(key, { claimant: claimant || "unattributed", claimIds: [claim.id] });
    const outlets = copy ? (outletsOfCopies.get(copy) ?? []) : [];
    if (copy && claimant && !outlets.includes(claimant)) outletsOfCopies.set(copy, [...outlets, claimant]);
  }
  for (const [key, outlets] of outletsOfCopies) {
    const voice = voices.get(key);
    if (voice && outlets.length > 1) voice.claimant = `${outlets.slice(0, -1).join(", ")} and ${outlets.at(-1)} (one text)`;
  }
  return [...voices.values()];
}
