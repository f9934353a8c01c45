import { extractClaims } from "./extract-claims";
import { formatClaimValue } from "./format-claim-value";
import type { ClaimCandidate } from "./schema";

// Test support: claims as one readable line each, for tables of sentences.

/** A Monday: "am Sonntag" is 2025-05-18, "on Friday" 2025-05-16; as-of days equal to it are not shown. */
export const PUBLISHED = "2025-05-19";

/** What it is of, its value and unit: "turnout/abroad [22, 22] %". */
export function claimSummary(c: ClaimCandidate): string {
  const unit = c.value.kind === "quantity" && c.value.unit ? ` ${c.value.unit}` : "";
  return `${c.subject}${c.qualifiers.length ? `/${c.qualifiers.join("+")}` : ""} ${formatClaimValue(c.value)}${unit}`;
}

/** The summary and the scope fields that are set: "turnout/abroad [22, 22] %, by office". */
export function claimLine(c: ClaimCandidate): string {
  const parts = [claimSummary(c)];
  if (c.scope.place) parts.push(`in ${c.scope.place}`);
  if (c.scope.asOf && c.scope.asOf.from !== PUBLISHED) parts.push(`as of ${c.scope.asOf.from === c.scope.asOf.to ? c.scope.asOf.from : `${c.scope.asOf.from}..${c.scope.asOf.to}`}`);
  if (c.attribution) parts.push(`by ${c.attribution}`);
  if (c.certainty !== "stated") parts.push(c.certainty);
  if (c.holder) parts.push(`of ${c.holder}`);
  return parts.join(", ");
}

/** The claims of one sentence published on `PUBLISHED`, one line each. */
export const claimLines = (text: string, language: "de" | "en"): string[] => extractClaims(text, { language, publishedAt: PUBLISHED }).map(claimLine);
