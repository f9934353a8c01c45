import type { AsOf, Certainty, ClaimValue, ReviewStatus } from "@/lib/claims/schema";
import { formatInterval } from "@/lib/extract";
import { describeScope } from "./describe-scope";
import { formatValue } from "./format-value";

export type DescribableClaim = {
  value: ClaimValue;
  attribution: string | null;
  certainty: Certainty;
  status: ReviewStatus;
  origin: "machine" | "human";
  rule: string | null;
  scope: string | null;
  asOf: AsOf | null;
  facet: { label: string } | null;
};

const CERTAINTY_WORDS: Record<Certainty, string> = {
  stated: "stated as fact",
  reported: "reported (second-hand)",
  hedged: "hedged (could, believed to)",
  denied: "denied",
};

/** A claim in words for a reader's tooltip: what was read, how sure, who said it, by what rule. */
export function describeClaim(claim: DescribableClaim): { heading: string; lines: string[] } {
  const lines = [
    `Value: ${formatValue(claim.value)}`,
    claim.value.kind === "quantity" ? `Interval: ${formatInterval(claim.value)}` : null,
    claim.value.kind === "date" ? `Range: ${claim.value.from} to ${claim.value.to} (${claim.value.precision})` : null,
    claim.scope || claim.asOf ? `Scope: ${describeScope(claim.scope, claim.asOf)}` : null,
    `Said by: ${claim.attribution ?? "the outlet itself"}`,
    `Certainty: ${CERTAINTY_WORDS[claim.certainty]}`,
    claim.origin === "machine" ? `Rule: ${claim.rule ?? "unknown"}` : "Marked by a person",
    `Review: ${claim.status}`,
  ].filter((line): line is string => line !== null);
  return { heading: claim.facet?.label ?? "Claim without a facet", lines };
}
