import { labelArticle } from "@/lib/articles/label-articles";
import type { FacetViewChoice } from "@/lib/compare/build-facet-view";

/**
 * One claim of the facet as the pickers list it (the verdict's evidence, the two claims side by
 * side): its id and one line naming it. A tuple, since a facet of 500 claims sends 500 of them.
 */
export type ClaimChoice = readonly [id: string, label: string];

const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** "Outlet, 10 Oct 2024: “…quote…” (fast 10.000)", and "(not compared)" for a claim left out. */
export function claimChoices(choices: readonly FacetViewChoice[]): ClaimChoice[] {
  return choices.map((c) => [c.id, `${labelArticle(c.article)}: “${clip(c.quote, 60)}” (${c.short})${c.leftOutBecause ? " (not compared)" : ""}`] as const);
}
