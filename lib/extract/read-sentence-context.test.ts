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
  { label: "laut", text: "Laut Kiew sind 10.000 Soldaten im Land.", language: "de", expected: { certainty: "stated", attribution: "Kiew" } },
  { label: "nach Angaben des", text: "Nach Angaben des Pentagons sind 10.000 Soldaten dort.", language: "de", expected: { attribution: "Pentagon" } },
  { label: "nach Angaben + genitive name", text: "Nach Angaben Kiews sind 10.000 Soldaten dort.", language: "de", expected: { attribution: "Kiew" } },
  { label: "zufolge", text: "Dem Pentagon zufolge sind 10.000 Soldaten dort.", language: "de", expected: { attribution: "Pentagon" } },
  { label: "speech verb, subject first", text: "Peskow betonte, 10.000 Soldaten seien dort.", language: "de", expected: { attribution: "Peskow" } },
  { label: "speech verb, inverted, title dropped", text: "Dort sind 10.000 Soldaten, sagte Außenminister Antony Blinken.", language: "de", expected: { attribution: "Antony Blinken" } },
  { label: "so + name", text: "Es seien 10.000 Soldaten, so Peskow.", language: "de", expected: { attribution: "Peskow" } },
  { label: "translated institution", text: "Der ukrainische Geheimdienst schätzt, dass 10.000 Soldaten dort sind.", language: "de", expected: { attribution: "Ukrainian intelligence" } },
  { label: "report cue is no claimant", text: "Laut Berichten sind 10.000 Soldaten dort.", language: "de", expected: { certainty: "reported", attribution: undefined } },
  { label: "könnte", text: "Es könnten 10.000 Soldaten sein.", language: "de", expected: { certainty: "hedged" } },
  { label: "soll … haben", text: "Pjöngjang soll 10.000 Soldaten geschickt haben.", language: "de", expected: { certainty: "hedged" } },
  { label: "sollen without perfect is an obligation", text: "Die 10.000 Soldaten sollen geehrt werden.", language: "de", expected: { certainty: "stated" } },
  { label: "bestritten", text: "Moskau hat bestritten, dass 10.000 Soldaten dort sind.", language: "de", expected: { certainty: "denied" } },
  { label: "negated denial", text: "Putin hat die 10.000 Soldaten nie bestätigt oder dementiert.", language: "de", expected: { certainty: "stated" } },
  { label: "as-of seit", text: "Seit Februar 2025 kämpfen 10.000 Soldaten.", language: "de", expected: { asOf: "2025-02-01" } },
  { label: "according to", text: "According to Western officials, 10,000 troops are there.", language: "en", expected: { attribution: "Western officials" } },
  { label: "English speaker first", text: "Kyiv said North Korean units lost 1,000 men.", language: "en", expected: { attribution: "Kyiv" } },
  { label: "English inverted", text: "There are 10,000 troops, said Blinken.", language: "en", expected: { attribution: "Blinken" } },
  { label: "reportedly", text: "About 10,000 troops have reportedly arrived.", language: "en", expected: { certainty: "reported" } },
  { label: "believed to", text: "About 10,000 troops are believed to be there.", language: "en", expected: { certainty: "hedged" } },
  { label: "denied", text: "Pyongyang denied sending 10,000 troops.", language: "en", expected: { certainty: "denied" } },
  { label: "by mid-December", text: "By mid-December 1,000 troops had died.", language: "en", published: "2024-12-20", expected: { asOf: "2024-12-15" } },
] as const)("$label", ({ text, language, expected, ...rest }) => {
  expect(context(text, language, "published" in rest ? rest.published : undefined)).toMatchObject(expected);
});
