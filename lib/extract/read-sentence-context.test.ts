import { expect, test } from "vitest";
import { parseIsoDate } from "./date-math";
import { getLexicon, type Language } from "./lexicon";
import { pickAttribution } from "./pick-attribution";
import { readSentenceContext } from "./read-sentence-context";
import { tokenize } from "./tokenize";

// The claim is anchored at the first numeral of the sentence.
function context(text: string, language: Language, published?: string) {
  const lex = getLexicon(language);
  const ts = tokenize(text);
  const c = readSentenceContext(ts, { first: 0, last: ts.count - 1 }, lex, published ? parseIsoDate(published) : null);
  const anchor = Array.from(ts.kind.subarray(0, ts.count)).findIndex((k) => k === 2);
  return { certainty: c.certainty, attribution: pickAttribution(ts, c.claimants, anchor, lex), asOf: c.asOf };
}

test.each([
  { label: "laut", text: "Laut Polizei sind 10.000 Menschen gekommen.", language: "de", expected: { certainty: "stated", attribution: "police" } },
  { label: "nach Angaben des", text: "Nach Angaben des Innenministeriums sind 300 Menschen gestorben.", language: "de", expected: { attribution: "interior ministry" } },
  { label: "nach Angaben + genitive place", text: "Nach Angaben Madrids sind 300 Menschen gestorben.", language: "de", expected: { attribution: "Madrid" } },
  { label: "zufolge", text: "Den Behörden zufolge sind 300 Menschen gestorben.", language: "de", expected: { attribution: "authorities" } },
  { label: "speech verb, subject first", text: "Beispiel betonte, 10.000 Menschen seien dort.", language: "de", expected: { attribution: "Beispiel" } },
  { label: "speech verb, inverted, title dropped", text: "Dort sind 10.000 Menschen, sagte Innenministerin Anna Beispiel.", language: "de", expected: { attribution: "Anna Beispiel" } },
  { label: "so + name", text: "Es seien 10.000 Menschen, so Beispiel.", language: "de", expected: { attribution: "Beispiel" } },
  { label: "translated institution", text: "Die spanische Regierung schätzt, dass 300 Menschen gestorben sind.", language: "de", expected: { attribution: "Spanish government" } },
  { label: "report cue is no claimant", text: "Laut Berichten sind 300 Menschen gestorben.", language: "de", expected: { certainty: "reported", attribution: undefined } },
  { label: "könnte", text: "Es könnten 300 Tote sein.", language: "de", expected: { certainty: "hedged" } },
  { label: "soll … haben", text: "Die Flut soll 300 Menschen getötet haben.", language: "de", expected: { certainty: "hedged" } },
  { label: "sollen without perfect is an obligation", text: "Die 300 Helfer sollen geehrt werden.", language: "de", expected: { certainty: "stated" } },
  { label: "bestritten", text: "Das Ministerium hat bestritten, dass 300 Menschen gestorben sind.", language: "de", expected: { certainty: "denied" } },
  { label: "negated denial", text: "Die Regierung hat die 300 Toten nie bestätigt oder dementiert.", language: "de", expected: { certainty: "stated" } },
  { label: "as-of seit: from then to publication", text: "Seit Februar 2025 wurden 300 Menschen evakuiert.", language: "de", published: "2025-03-10", expected: { asOf: { from: "2025-02-01", to: "2025-03-10" } } },
  { label: "according to", text: "According to local officials, 300 people died.", language: "en", expected: { attribution: "local officials" } },
  { label: "English speaker first", text: "The ministry said 300 people died.", language: "en", expected: { attribution: "ministry" } },
  { label: "English inverted", text: "There are 300 dead, said Beispiel.", language: "en", expected: { attribution: "Beispiel" } },
  { label: "reportedly", text: "About 300 people have reportedly died.", language: "en", expected: { certainty: "reported" } },
  { label: "believed to", text: "About 300 people are believed to be dead.", language: "en", expected: { certainty: "hedged" } },
  { label: "denied", text: "The city denied that 300 people died.", language: "en", expected: { certainty: "denied" } },
  { label: "by mid-December", text: "By mid-December 1,000 people had died.", language: "en", published: "2024-12-20", expected: { asOf: { from: "2024-12-15", to: "2024-12-15" } } },
  { label: "a weekday in the sentence", text: "On Friday 300 people died.", language: "en", published: "2024-12-20", expected: { asOf: { from: "2024-12-20", to: "2024-12-20" } } },
] as const)("$label", ({ text, language, expected, ...rest }) => {
  expect(context(text, language, "published" in rest ? rest.published : undefined)).toMatchObject(expected);
});
