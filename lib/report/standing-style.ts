import type { CellRelation } from "@/lib/compare/cell-relations";
import type { RelationKind } from "@/lib/compare/schema";

/**
 * How a claim's standing is drawn in every format: the app's colours (Okabe–Ito, distinct for the
 * common colour-vision deficiencies) and a glyph, so that nothing depends on colour alone (and a
 * black-and-white print still tells them apart).
 */
export const STANDING_STYLE: Record<CellRelation, { hex: string; glyph: string }> = {
  conflicts: { hex: "#D55E00", glyph: "≠" },
  changed: { hex: "#E69F00", glyph: "↻" },
  agrees: { hex: "#009E73", glyph: "=" },
  scope: { hex: "#56B4E9", glyph: "⊂" },
  only: { hex: "#8C8C8C", glyph: "○" },
};

/** The standing a relation between two claims gives them: its colour and glyph are the standing's. */
export const RELATION_STANDING: Record<RelationKind, CellRelation> = {
  conflicting: "conflicts",
  "changed-over-time": "changed",
  identical: "agrees",
  compatible: "agrees",
  "different-scope": "scope",
};

/** The glyph of a relation between two claims, the same as their standing's. */
export const RELATION_GLYPH = Object.fromEntries(
  Object.entries(RELATION_STANDING).map(([kind, standing]) => [kind, STANDING_STYLE[standing].glyph]),
) as Record<RelationKind, string>;
