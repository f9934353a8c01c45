import { normalizeText } from "./normalize-text";

// Attribution phrasing around the name: "according to the police", "laut Polizei" and "der
// Polizei zufolge" are one claimant. Titles are not stripped: "Roth" and "Innenministerin
// Roth" stay two claimants, because guessing which words are titles would merge real ones.
const ATTRIBUTION_FILLER = new Set([
  "according", "to", "the", "citing", "laut", "nach", "angaben", "von", "vom", "des", "der", "die", "das", "dem", "zufolge",
]);

/** The comparable form of a claimant name. Never throws. */
export function normalizeClaimant(claimant: string): string {
  return normalizeText(claimant)
    .split(" ")
    .filter((word) => !ATTRIBUTION_FILLER.has(word))
    .join(" ");
}
