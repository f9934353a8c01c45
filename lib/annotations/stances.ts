// The stances a note can take, without zod: client components import these (zod's compiled
// parsers need eval, which the Content-Security-Policy forbids in the browser).

/** How a note stands toward the claim or facet it is about. */
export const STANCES = ["supports", "contradicts", "context"] as const;
export type Stance = (typeof STANCES)[number];

export const STANCE_LABEL: Record<Stance, string> = { supports: "supports", contradicts: "contradicts", context: "context" };
