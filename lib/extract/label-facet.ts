import { demonymOf, placeName } from "@/lib/places";
import { combinedConcepts, countConcepts, eventConcepts, eventObjects } from "./lexicon/concepts";
import type { ClaimCandidate } from "./schema";

const COUNT_LABELS = new Map([...countConcepts, ...combinedConcepts].map((c) => [c.key, c.label.en]));
const EVENTS = new Map(eventConcepts.map((e) => [e.key, e]));
const OBJECTS = new Map(eventObjects.map((o) => [o.key, o.label.en]));
const COUNTRY = /^[A-Z]{2}$/;

function mostCommon(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [v, n] of counts) if (n > bestCount || (n === bestCount && best !== undefined && v < best)) [best, bestCount] = [v, n];
  return best;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function dateLabel(subject: string, qualifiers: readonly string[]): string {
  const event = EVENTS.get(subject);
  if (!event) return `${capitalize(subject.replace(/^[a-z]{2}:/, ""))} date`;
  if (event.question) return event.question.en;
  const object = qualifiers.map((q) => OBJECTS.get(q)).find(Boolean);
  return object ? `${object} ${event.label.en} date` : `${capitalize(event.label.en)} date`;
}

// Qualifiers the label already says (a nationality, a group, a holder, a change, an addition, an
// earlier level) or cannot say in words (a lemma key such as "en:centr").
const SAID = new Set(["change", "previous", "additional"]);

/**
 * A qualifier the label does not yet say, in words, so two facets of one subject read apart ("Spending,
 * defence (GBP)" beside "Spending (GBP)"; "Vote share of FDP, projection (%)"; "Budget, for 2031").
 */
function qualifierWords(q: string): string[] {
  if (SAID.has(q) || COUNTRY.test(q) || COUNT_LABELS.has(q) || q.startsWith("holder:") || /^[a-z]{2}:/.test(q)) return [];
  const [kind, value] = q.includes(":") ? [q.slice(0, q.indexOf(":")), q.slice(q.indexOf(":") + 1)] : ["", q];
  if (/^\d{4}(?:[-/]\d{2,4})?$/.test(value)) return [`for ${value}`];
  return kind === "area" || kind === "part" || kind === "of" || kind === "" ? [value.replace(/-/g, " ")] : [];
}

const CONCEPT_WORDS = new Map(countConcepts.map((c) => [c.key, [...c.nouns.de, ...c.nouns.en, ...(c.states?.de ?? []), ...(c.states?.en ?? [])].map((w) => w.toLowerCase())]));

// Whether a word is one of the concept's own ("Toten" for the dead): an inflected German noun starts with its entry.
function isConceptWord(word: string, key: string): boolean {
  const own = CONCEPT_WORDS.get(key) ?? [];
  const w = word.toLowerCase();
  return own.some((o) => w === o || (o.length >= 4 && w.startsWith(o)));
}

/**
 * "Tote unter den Passagieren", "Among the dead were 12 passengers", "of the dead, 12 were
 * passengers": a part of a known count named by who they were (a lemma qualifier, "en:passeng") is
 * labelled as that part, "Dead among passengers", not by the word for its people alone. Null when
 * the subject is no count concept or the articles' word is the concept's own.
 */
function partOfConcept(subject: string, qualifiers: readonly string[], counted: string | undefined): string | null {
  const base = COUNT_LABELS.get(subject);
  if (!base || !counted || qualifiers.filter((q) => /^[a-z]{2}:/.test(q)).length !== 1 || isConceptWord(counted, subject)) return null;
  return `${base} among ${counted}`;
}

/**
 * A readable English label for a facet from what its claims share: "Syrian refugees in
 * Germany", "Dead in Spain", "Vote share of SPD (%)", "Turnout (%)", "Treaty signing date", "Who
 * confirmed it first?". Subjects and qualifiers no concept table knows are named as the articles
 * word them most often ("eingestürzte Gebäude"). `whole` is the facet's whole place, if any.
 */
export function labelFacet(candidates: readonly ClaimCandidate[], subject: string, qualifiers: readonly string[], whole: string | null): string {
  const first = candidates[0];
  if (first?.valueKind === "date") return dateLabel(subject, qualifiers);
  const unit = first?.value.kind === "quantity" ? first.value.unit : undefined;
  const open = !COUNT_LABELS.has(subject) || qualifiers.some((q) => /^[a-z]{2}:/.test(q));
  let what: string;
  const counted = mostCommon(candidates.map((c) => c.scope.counted));
  const part = open ? partOfConcept(subject, qualifiers, counted) : null;
  if (part) what = part;
  else if (open) what = capitalize(counted ?? subject.replace(/^[a-z]{2}:/, ""));
  else {
    const countries = qualifiers.filter((q) => COUNTRY.test(q)).map((q) => demonymOf(q, "en") ?? q);
    const groups = qualifiers.filter((q) => COUNT_LABELS.has(q)).map((q) => COUNT_LABELS.get(q)!.toLowerCase());
    const base = COUNT_LABELS.get(subject)!;
    const holder = mostCommon(candidates.map((c) => c.holder));
    const among = groups.length ? ` among ${[...countries, ...groups].join(" ")}` : "";
    const named = !groups.length && countries.length ? `${countries.join(" ")} ${base.toLowerCase()}` : `${base}${among}`;
    what = holder ? `${unit === "%" ? "Vote share" : base} of ${holder}` : named;
  }
  if (qualifiers.includes("additional")) what = `Additional ${what.charAt(0).toLowerCase()}${what.slice(1)}`;
  if (qualifiers.includes("change")) what = `Change in ${what.charAt(0).toLowerCase()}${what.slice(1)}`;
  if (qualifiers.includes("previous")) what = `Earlier level of ${what.charAt(0).toLowerCase()}${what.slice(1)}`;
  const where = whole ? ` in ${placeName(whole, "en")}` : "";
  // A label in the articles' own words already says its modifiers ("Verteidigungsausgaben").
  const rest = open ? [] : qualifiers.flatMap(qualifierWords);
  return `${what}${rest.length ? `, ${rest.join(", ")}` : ""}${where}${unit ? ` (${unit})` : ""}`;
}
