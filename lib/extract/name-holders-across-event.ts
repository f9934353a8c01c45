import { isAcronym } from "./holder-name-ending-at";
import { abbreviationsIn } from "./name-abbreviations";
import { PARTY_FAMILIES } from "./lexicon/party-family-words";
import { familyAbbreviationsIn, familyOfPartyName, partyFamilyOf } from "./party-family";
import { endsInPartyHead, partyNameWords } from "./party-name-words";
import type { ClaimCandidate } from "./schema";
import { withoutGenitiveS } from "./tokens";

/** One article of an event, as proposeFacets takes it; `text` lets its introduced names count. */
export type EventArticleHolders = { text?: string; candidates: ClaimCandidate[] };

const add = (map: Map<string, Set<string>>, key: string, value: string) => map.set(key, (map.get(key) ?? new Set()).add(value));
const only = (set: Set<string> | undefined) => (set?.size === 1 ? [...set][0]! : null);
const titleCase = (key: string) => key.replace(/(^|\s)\p{Ll}/gu, (s) => s.toUpperCase());

/** What the event's articles say about names: long name → abbreviations, family → abbreviations, holders read. */
function namesOfEvent(articles: readonly EventArticleHolders[]) {
  const longNames = new Map<string, Set<string>>();
  const families = new Map<string, Set<string>>();
  const holders = new Set<string>();
  for (const article of articles) {
    if (article.text) {
      for (const [long, short] of abbreviationsIn(article.text)) add(longNames, long, short);
      for (const [family, shorts] of familyAbbreviationsIn(article.text)) for (const s of shorts) add(families, family, s);
    }
    for (const c of article.candidates) if (c.holder) holders.add(c.holder);
  }
  // A family tied to one abbreviation also names it where a long name says so: "Social Democratic
  // Party (SDP)" was read both ways above; a long name of a family ("Christian Democratic Union")
  // ties it too.
  for (const [long, shorts] of longNames) {
    const family = partyFamilyOf(long);
    if (family) for (const s of shorts) add(families, family, s);
  }
  // "the Social Democrats" and "the Social Democratic Alliance": where no abbreviation stands for a
  // family, its plain name is the one party whose own long name opens with the family's adjective.
  const longOfFamily = new Map<string, Set<string>>();
  for (const h of holders) {
    const family = familyOfPartyName(h);
    if (family && !families.has(family) && !longNames.has(withoutGenitiveS(h.toLowerCase()))) add(longOfFamily, family, h);
  }
  for (const [family, long] of longOfFamily) if (long.size === 1) families.set(family, long);
  tieFamiliesByInitials(families, holders);
  return { longNames, families, holders, inEnglish: englishNamesOf(holders) };
}

/**
 * "Die Unabhängigkeitspartei" and "the Independence Party", "die Links-Grünen" and "the Left-Green
 * Movement": a German party name whose words the event also reads in one English name is that
 * name, so both languages' figures meet in one facet. A German name without a word for a party
 * ("Links-Grüne") meets the one English name that says the same and adds one ("… Movement"). Two
 * English names for the same words leave the German one as it was. German name → English name.
 */
function englishNamesOf(holders: ReadonlySet<string>): Map<string, string> {
  const english = new Map<string, Set<string>>();
  const german = new Map<string, string>();
  for (const h of holders) {
    const read = partyNameWords(h);
    if (read?.language === "en") add(english, read.words, h);
    else if (read) german.set(h, read.words);
  }
  const out = new Map<string, string>();
  if (english.size === 0) return out;
  for (const [name, words] of german) {
    let same = english.get(words);
    if (!same && !endsInPartyHead(words)) {
      const longer = [...english].filter(([w]) => w.startsWith(`${words} `) && w.split(" ").length === words.split(" ").length + 1 && endsInPartyHead(w));
      if (longer.length === 1) same = longer[0]![1];
    }
    const one = only(same);
    if (one) out.set(name, one);
  }
  return out;
}

// A party's acronym spells its long name's initials, perhaps with its country's after them
// ("Christlich Demokratische Union" → CDU, "Sozialdemokratische Partei" → SP, SPD).
const COUNTRY_LETTERS = 1;
const INITIALS_OF_FAMILY = PARTY_FAMILIES.map((f) => ({
  key: f.key,
  initials: f.names.map((n) => n.split(/[\s-]+/)).filter((words) => words.length >= 2).map((words) => words.map((w) => w[0]!.toUpperCase()).join("")),
}));

/**
 * "Die CDU … Die Christdemokraten kommen auf 33,5 Prozent": where no article ties a family to an
 * abbreviation in brackets, the one acronym the event reads as a holder that spells the initials of
 * the family's long name ("Christlich Demokratische Union", "Sozialdemokratische Partei") names it.
 * Two acronyms that both could leave the family as it was.
 */
function tieFamiliesByInitials(families: Map<string, Set<string>>, holders: ReadonlySet<string>): void {
  const acronyms = [...holders].filter(isAcronym);
  if (acronyms.length === 0) return;
  for (const { key, initials } of INITIALS_OF_FAMILY) {
    if (families.has(key)) continue;
    const spelled = new Set(acronyms.filter((a) => initials.some((i) => a.toUpperCase().startsWith(i) && a.length - i.length <= COUNTRY_LETTERS)));
    if (spelled.size === 1) families.set(key, spelled);
  }
}

type EventNames = ReturnType<typeof namesOfEvent>;

// "Johanna Weinberger" and later "Weinberger": a person is named in full once and then by the last
// name. The full name files under the last name when the event reads that last name alone as a
// holder and no other first name goes with it.
function lastNameOf(name: string, names: EventNames, firstNames: Map<string, Set<string>>): string | null {
  const words = name.split(/\s+/);
  const last = words[words.length - 1]!;
  if (words.length < 2 || isAcronym(last) || !/^\p{Lu}\p{Ll}/u.test(last) || !words.every((w) => /^\p{Lu}/u.test(w))) return null;
  return names.holders.has(last) && firstNames.get(last)?.size === 1 ? last : null;
}

function holderNamed(written: string, names: EventNames, firstNames: Map<string, Set<string>>): string {
  if (isAcronym(written)) return written;
  const holder = names.inEnglish.get(written) ?? written;
  const lower = withoutGenitiveS(holder.toLowerCase());
  // A name an article introduced with an abbreviation, or its last words ("Renovadora"), wherever in the event.
  const defined = new Set<string>();
  for (const [long, shorts] of names.longNames) if (long === lower || long.endsWith(` ${lower}`)) for (const s of shorts) defined.add(s);
  const abbreviation = only(defined);
  if (abbreviation) return abbreviation;
  const family = partyFamilyOf(holder);
  if (family) return only(names.families.get(family)) ?? titleCase(family);
  // "Koalitionspartner DP", "Luxembourg's CSV": a party's acronym after a word about it.
  const last = withoutGenitiveS(holder.split(/\s+/).pop()!);
  if (last !== holder && isAcronym(last) && (names.holders.has(last) || [...names.longNames.values()].some((s) => s.has(last)))) return last;
  return lastNameOf(holder, names, firstNames) ?? holder;
}

/**
 * One holder under one name across an event's articles and languages: a name one article
 * introduces with an abbreviation ("die Frente Trabalhista (FT)") is that abbreviation in every
 * article; a party family ("den Sozialdemokraten", "the Social Democrats") is one holder in both
 * languages, and the abbreviation the articles tie to it when they tie exactly one ("The Social
 * Democrats (SPD)"); an acronym after a word about it ("Koalitionspartner DP") is the acronym; a
 * person's full name is their last name when the event uses it alone. Candidates whose holder
 * changes are copies; the rest are returned as they were.
 */
export function nameHoldersAcrossEvent(articles: readonly EventArticleHolders[]): ClaimCandidate[][] {
  if (!articles.some((a) => a.candidates.some((c) => c.holder))) return articles.map((a) => a.candidates);
  const names = namesOfEvent(articles);
  const firstNames = new Map<string, Set<string>>();
  for (const h of names.holders) {
    const words = h.split(/\s+/);
    if (words.length >= 2) add(firstNames, words[words.length - 1]!, words[words.length - 2]!);
  }
  const resolved = new Map<string, string>();
  const named = (holder: string) => {
    let name = resolved.get(holder);
    if (name === undefined) resolved.set(holder, (name = holderNamed(holder, names, firstNames)));
    return name;
  };
  return articles.map((a) =>
    a.candidates.map((c) => {
      if (!c.holder) return c;
      const name = named(c.holder);
      if (name === c.holder) return c;
      const from = `holder:${c.holder.toLowerCase()}`;
      return { ...c, holder: name, qualifiers: c.qualifiers.map((q) => (q === from ? `holder:${name.toLowerCase()}` : q)) };
    }),
  );
}
