import type { Place } from "./schema";

const MAX_NAME_LENGTH = 190;

/**
 * A place no gazetteer knows, under the name as the text writes it ("?/Lauterbrunn"): narrower than any
 * event's total, its container unknown. White space is collapsed and control characters dropped so the
 * key is always valid; throws when nothing of the name is left, which is a caller's mistake.
 */
export function unknownPlace(name: string): Place {
  const cleaned = name
    .replace(/\p{Cc}/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_NAME_LENGTH)
    .trim();
  if (!cleaned) throw new Error("unknownPlace needs a name");
  return { key: `?/${cleaned}`, kind: "unknown", country: null, name: cleaned };
}
