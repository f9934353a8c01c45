import { labelArticle } from "@/lib/articles/label-articles";
import type { FacetViewChoice } from "@/lib/compare/build-facet-view";
import { clipText } from "@/lib/text/clip-text";

/**
 * One claim of the facet as the pickers list it (the verdict's evidence, the two claims side by
 * side): its id and one line naming it. A tuple, since a facet of 500 claims sends 500 of them.
 */
export type ClaimChoice = readonly [id: string, label: string];

/** "Outlet, 10 Oct 2024: “…quote…” (fast 10.000)", and "(not compared)" for a claim left out. */
export function claimChoices(choices: readonly FacetViewChoice[]): ClaimChoice[] {
  return choices.map((c) => [c.id, `${labelArticle(c.article)}: “${clipText(c.quote, 60)}” (${c.short})${c.leftOutBecause ? " (not compared)" : ""}`] as const);
}
