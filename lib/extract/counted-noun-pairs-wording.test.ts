import { describe, expect, test } from "vitest";
import { compoundFrontKey, countedNounKey, countedNounMatch } from "./counted-noun-key";
import { extractClaims } from "./extract-claims";
import { formatClaimValue } from "./format-claim-value";
import { lemmaKey, lemmaWithUmlauts } from "./lemmatize";
import { countConcepts } from "./lexicon/concepts";
import { COUNTED_NOUN_PAIRS } from "./lexicon/counted-noun-pairs";
import { proposeFacets } from "./propose-facets";
import type { ClaimCandidate } from "./schema";

// Counted nouns named in two languages: each case is a sentence of our own, in German and English,
// written for the rule it tests.
const PUBLISHED = "2026-05-06"; // a Wednesday

function summary(c: ClaimCandidate): string {
  return `${c.subject}${c.qualifiers.length ? `/${c.qualifiers.join("+")}` : ""} ${formatClaimValue(c.value)}`;
}
const found = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED });
const claims = (text: string, language: "de" | "en") => found(text, language).map(summary);

describe("one thing counted in German and English is one subject", () => {
  test.each([
    { language: "de", text: "Am Flughafen wurden gestern 85 Flüge gestrichen.", expected: ["en:flight [85, 85]"] },
    { language: "en", text: "Yesterday 85 flights were cancelled at the airport.", expected: ["en:flight [85, 85]"] },
    { language: "de", text: "Die Bahn ließ 230 Züge ausfallen.", expected: ["en:train [230, 230]"] },
    { language: "en", text: "The operator cancelled 230 trains.", expected: ["en:train [230, 230]"] },
    { language: "de", text: "In der Nacht brachen 14 Brände aus.", expected: ["en:fire [14, 14]"] },
    { language: "en", text: "Crews fought 14 blazes on Tuesday.", expected: ["en:fire [14, 14]"] },
    { language: "de", text: "Nach dem Sturm blieben 48 Schulen geschlossen.", expected: ["en:school [48, 48]"] },
    { language: "en", text: "After the storm 48 schools stayed shut.", expected: ["en:school [48, 48]"] },
    // A pair's whole word outranks a concept's compound tail: hospitals are not houses.
    { language: "de", text: "Der Angriff legte die Rechner von elf Krankenhäusern lahm.", expected: ["en:hospit [11, 11]"] },
    { language: "en", text: "The attack shut down computers at 11 hospitals.", expected: ["en:hospit [11, 11]"] },
    { language: "de", text: "Das Feuer zerstörte 40 Wohnhäuser.", expected: ["buildings [40, 40]"] },
    { language: "de", text: "Die Erpresser verlangen ein Lösegeld von 4,5 Millionen Euro.", expected: ["en:ransom [4500000, 4500000]"] },
    { language: "en", text: "The hackers want a ransom of 4.5 million euros.", expected: ["en:ransom [4500000, 4500000]"] },
    { language: "de", text: "Rund 2.000 Rinder ertranken in den Fluten.", expected: ["dead/en:cattl [1800, 2200]"] },
    { language: "en", text: "Around 2,000 cattle drowned in the floods.", expected: ["dead/en:cattl [1800, 2200]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  test("synonyms in one language share the key too: lorries are trucks, cabs are taxis", () => {
    expect(claims("More than 90 lorries blocked the motorway.", "en")).toEqual(claims("More than 90 trucks blocked the motorway.", "en"));
    expect(countedNounKey("cabs", "en")).toBe(countedNounKey("Taxis", "de"));
  });

  test("a German and an English article's figures meet in one facet, labelled as the articles write it", () => {
    const de = found("Wegen des Streiks fielen 140 Flüge aus.", "de");
    const en = found("The strike grounded about 160 flights.", "en");
    const facets = proposeFacets([
      { articleId: "de", language: "de", candidates: de },
      { articleId: "en", language: "en", candidates: en },
    ]);
    expect(facets.map((f) => [f.key, f.claims.length])).toEqual([["quantity:en:flight", 2]]);
    expect(["Flüge", "Flights"]).toContain(facets[0]?.label);
  });
});

describe("German compounds join where their tail does", () => {
  test.each([
    { label: "a compound's front is kept as a qualifier", language: "de", text: "Es fuhren nur 12 Güterzüge.", expected: ["en:train/de:gut [12, 12]"] },
    { label: "a front the pairs know is qualified as English qualifies it", language: "de", text: "Die Region beschäftigt etwa 400 Klinikärzte.", expected: ["en:doctor/en:hospit [360, 440]"] },
    { label: "…so 'hospital doctors' is the same count", language: "en", text: "The region employs about 400 hospital doctors.", expected: ["en:doctor/en:hospit [360, 440]"] },
    { label: "a crew's members", language: "de", text: "An Bord waren 31 Besatzungsmitglieder.", expected: ["en:member/en:crew [31, 31]"] },
    { label: "…in English", language: "en", text: "There were 31 crew members on board.", expected: ["en:member/en:crew [31, 31]"] },
  ] as const)("$label ($language)", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  test.each([
    // A verb's particle before a short tail makes a noun of the verb: outings are no flights.
    ["Ausflüge", null],
    ["Truppenabzug", null],
    // Tails that end unrelated words count only whole.
    ["Rücklage", null],
    ["Landkreis", null],
    ["Bahnhof", "en:station"],
    ["Baustellen", null],
    ["Zwischenbericht", null],
    ["Kombination", null],
    ["Wettbewerb", null],
    ["Sparpaket", null],
    ["Steuerlast", null],
    ["Proteste", null],
    // Umlauts kept: ferries are no drivers.
    ["Fähren", "en:ferri"],
    ["Fahrer", "en:driver"],
    ["Schüler", "en:pupil"],
    ["Schulen", "en:school"],
  ] as const)("%s → %s", (word, key) => {
    expect(countedNounMatch(word, "de")?.key ?? null).toBe(key);
  });

  test("a front ending in its own s keeps it; a linking s is dropped", () => {
    expect(compoundFrontKey("bus")).toBe("en:bus");
    expect(compoundFrontKey("rettungs")).toBe(`de:${lemmaKey("Rettung", "de")}`);
  });

  test.each([
    { label: "a trade dropped for its state takes its front along", language: "de", text: "Die Polizei nahm neun Radfahrer fest.", expected: ["arrests [9, 9]"] },
    { label: "…as in English", language: "en", text: "Police arrested nine cyclists.", expected: ["arrests [9, 9]"] },
  ] as const)("$label ($language)", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("the pairs table", () => {
  const conceptNouns = (language: "de" | "en") => new Set(countConcepts.flatMap((c) => [...c.nouns[language], ...(c.wholeNouns?.[language] ?? [])]).map((w) => lemmaKey(w, language)));

  test("no noun of a concept family is a pair's: concepts win", () => {
    for (const language of ["de", "en"] as const) {
      const concepts = conceptNouns(language);
      const clash = COUNTED_NOUN_PAIRS.flatMap((p) => p[language]).filter((w) => concepts.has(lemmaKey(w, language)));
      expect(clash, language).toEqual([]);
    }
  });

  test("no lemma names two things", () => {
    const seen = { de: new Map<string, string>(), en: new Map<string, string>() };
    const clash: string[] = [];
    for (const pair of COUNTED_NOUN_PAIRS) {
      for (const language of ["de", "en"] as const) {
        for (const w of pair[language]) {
          const lemma = language === "de" ? lemmaWithUmlauts(w, "de") : lemmaKey(w, "en");
          const owner = seen[language].get(lemma);
          if (owner && owner !== pair.en[0]) clash.push(`${w} (${owner}, ${pair.en[0]})`);
          seen[language].set(lemma, pair.en[0]!);
        }
      }
    }
    expect(clash).toEqual([]);
  });

  test("English heads are single words, and every entry names both languages", () => {
    for (const pair of COUNTED_NOUN_PAIRS) {
      expect(pair.en.every((w) => !/[\s-]/.test(w)), pair.en.join()).toBe(true);
      expect(pair.en.length > 0 && pair.de.length > 0, pair.en.join()).toBe(true);
      for (const w of pair.wholeDe ?? []) expect(pair.de, w).toContain(w);
    }
  });
});

describe("a state inside a count word's phrase keeps the noun it describes", () => {
  test.each([
    { language: "de", text: "Die Zahl der betroffenen Kliniken stieg auf 14.", expected: ["affected/en:hospit [14, 14]"] },
    { language: "en", text: "The number of affected hospitals rose to 14.", expected: ["affected/en:hospit [14, 14]"] },
    { language: "de", text: "Die Zahl der vom Angriff betroffenen Krankenhäuser ist auf 14 gestiegen.", expected: ["affected/en:hospit [14, 14]"] },
    // People in general are no qualifier, as after a figure ("14 verletzte Menschen").
    { language: "de", text: "Die Zahl der verletzten Menschen stieg auf 14.", expected: ["injured [14, 14]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("after a source marker, the count word's genitive names who counted", () => {
  test("nach Schätzungen des …: the people counted, not the estimator", () => {
    expect(claims("Nach Schätzungen des Datenschutzbeauftragten könnten die Daten von bis zu 200.000 Menschen abgeflossen sein.", "de")).toEqual(["people [0, 200000]"]);
  });
});

describe("an adverb before the adjective of a counted noun belongs to the adjective", () => {
  test.each([
    { text: "Es wurden 212 zunächst nicht erfasste Briefwahlstimmen nachgezählt.", expected: ["votes [212, 212]"] },
    { text: "Inzwischen konnten 300 zuvor evakuierte Anwohner zurückkehren.", expected: ["displaced [300, 300]"] },
    // What the counted are not is no state of theirs.
    { text: "An Bord waren 40 nicht verletzte Passagiere.", expected: ["en:passeng [40, 40]"] },
  ])("de: $text", ({ text, expected }) => {
    expect(claims(text, "de")).toEqual(expected);
  });
});
