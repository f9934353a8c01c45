import type { LinkOption } from "./note-form";
import { clipText } from "@/lib/text/clip-text";

const clip = (text: string) => clipText(text, 40);

/** What a note can be about, as the "About" select offers it: claims (by their words and facet), then facets. */
export function linkOptions(claims: { id: string; quote: string; facet: { label: string } | null }[], facets: { id: string; label: string }[]): LinkOption[] {
  return [
    ...claims.map((c) => ({ value: `claim:${c.id}`, label: `claim “${clip(c.quote)}” (${c.facet?.label ?? "no facet"})` })),
    ...facets.map((f) => ({ value: `facet:${f.id}`, label: `facet: ${f.label}` })),
  ];
}
