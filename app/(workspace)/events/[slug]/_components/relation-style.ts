import type { CellRelation } from "@/lib/compare/cell-relations";

/**
 * How each relation is drawn. Colours are from the Okabe–Ito palette, which stays distinct for the
 * common colour-vision deficiencies; every relation also has its own glyph and its name in words,
 * so nothing depends on colour alone.
 */
export const RELATION_STYLE: Record<CellRelation, { glyph: string; label: string; cell: string; border: string; swatch: string; text: string; hex: string }> = {
  conflicts: {
    glyph: "≠",
    label: "conflicts",
    cell: "bg-[#D55E00]/15 border-[#D55E00]",
    border: "border-[#D55E00]",
    hex: "#D55E00",
    swatch: "bg-[#D55E00]",
    text: "text-[#A34400]",
  },
  changed: {
    glyph: "↻",
    label: "changed over time",
    cell: "bg-[#E69F00]/20 border-[#E69F00]",
    border: "border-[#E69F00]",
    hex: "#E69F00",
    swatch: "bg-[#E69F00]",
    text: "text-[#8A5F00]",
  },
  agrees: {
    glyph: "=",
    label: "agrees",
    cell: "bg-[#009E73]/15 border-[#009E73]",
    border: "border-[#009E73]",
    hex: "#009E73",
    swatch: "bg-[#009E73]",
    text: "text-[#00694C]",
  },
  scope: {
    glyph: "⊂",
    label: "different scope",
    cell: "bg-[#56B4E9]/20 border-[#56B4E9]",
    border: "border-[#56B4E9]",
    hex: "#56B4E9",
    swatch: "bg-[#56B4E9]",
    text: "text-[#1F6E99]",
  },
  only: {
    glyph: "○",
    label: "only source",
    cell: "bg-stone-100 border-stone-400",
    border: "border-stone-400",
    hex: "#8C8C8C",
    swatch: "bg-stone-400",
    text: "text-stone-600",
  },
};

export const RELATION_ORDER: CellRelation[] = ["conflicts", "changed", "agrees", "scope", "only"];

/** The facet relation kinds of lib/compare, in words for people. */
export const RELATION_KIND_LABEL = {
  identical: "identical",
  compatible: "compatible",
  conflicting: "conflicting",
  "different-scope": "different scope",
  "changed-over-time": "changed over time",
} as const;

export const STATUS_LABEL = { disputed: "disputed", agreed: "agreed", "single-source": "single source" } as const;
