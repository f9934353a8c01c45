import type { CasualtyState, NounClass } from "./lexicon/types";

/** How a count is keyed and described once its noun and casualty state are known. */
export type CountDescription = { subject: string; counted: string; unit: string };

const NOUN_LABELS: Record<NounClass, string> = {
  troops: "troops",
  people: "people",
  civilians: "civilians",
  workers: "workers",
  killed: "killed",
  wounded: "wounded",
  casualties: "killed or wounded",
};
const STATE_LABELS: Record<CasualtyState, string> = { killed: "killed", wounded: "wounded", casualties: "killed or wounded" };
const CASUALTY_CLASSES = new Set<NounClass>(["killed", "wounded", "casualties"]);

/**
 * The facet subject, English description and unit of a count. A casualty state takes over the subject
 * ("10.000 Soldaten getötet" counts the killed, not the troops), except for groups that must stay
 * apart from soldiers ("civilians-killed"). "getötet oder verletzt" and "Verluste" are both
 * "casualties".
 */
export function describeCount(nounClass: NounClass, state: CasualtyState | null, nationality?: string): CountDescription {
  const key = `${nounClass}|${state ?? ""}|${nationality ?? ""}`;
  const known = DESCRIPTIONS.get(key);
  if (known) return known;
  const description = describe(nounClass, state, nationality);
  DESCRIPTIONS.set(key, description);
  return description;
}

// A handful of combinations recur in every article; each description is built once and shared
// (callers never mutate it).
const DESCRIPTIONS = new Map<string, CountDescription>();

function describe(nounClass: NounClass, state: CasualtyState | null, nationality?: string): CountDescription {
  const casualty = CASUALTY_CLASSES.has(nounClass);
  const subject = casualty || !state ? nounClass : nounClass === "troops" || nounClass === "people" ? state : `${nounClass}-${state}`;
  const words = [nationality, NOUN_LABELS[nounClass], !casualty && state ? STATE_LABELS[state] : undefined];
  const unit = nounClass === "troops" || nounClass === "civilians" || nounClass === "workers" ? nounClass : "people";
  return { subject, counted: words.filter((w): w is string => Boolean(w)).join(" "), unit };
}
