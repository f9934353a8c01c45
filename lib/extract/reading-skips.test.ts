import { describe, expect, test } from "vitest";
import { heldOutEvents, heldOutTraps } from "@/lib/evaluation/held-out";
import { heldOut2Events, heldOut2Traps } from "@/lib/evaluation/held-out-2";
import { tuningEvents, tuningTraps } from "@/lib/evaluation/tuning";
import { parseIsoDate } from "./date-math";
import { getLexicon, type Language } from "./lexicon";
import { dateWithinReach, readDate } from "./read-date";
import { mayStartQuantity, readQuantity } from "./read-quantity";
import { tokenize } from "./tokenize";

// Extraction skips the quantity and date readers where these checks say nothing can be read. A check
// that turned away a token the reader would have read would silently lose claims, so every token of
// the evaluation sets (both languages' lexicons on each text) and phrases at the checks' edges is
// read both ways.
const EDGES: { text: string; language: Language }[] = [
  { text: "Es kamen eine - Million und eine halbe Million Menschen, a-million and half a million people.", language: "de" },
  { text: "a-million people, a quarter of a million, several thousand, mehrere Tausend, eine Million", language: "en" },
  { text: "the day before, the 5th of June, in the year 2024, mid-December, in mid-last year", language: "en" },
  { text: "zu Anfang letzten Jahres, Ende letzter Woche, seit Mitte Juni", language: "de" },
  { text: "vor zweihundert Jahren, vor einem Jahr, am Tag zuvor, am Freitagabend, Anfang letzter Woche", language: "de" },
  { text: "one hundred and fifty years ago, a year ago, two weeks ago, last Tuesday, on 19 June 2024", language: "en" },
];

const texts: { text: string; language: Language }[] = [...EDGES];
for (const e of [...tuningEvents, ...heldOutEvents, ...heldOut2Events]) for (const a of e.articles) texts.push({ text: a.text, language: a.language });
for (const t of [...tuningTraps, ...heldOutTraps, ...heldOut2Traps]) texts.push({ text: t.text, language: t.language });

describe("reading skips", () => {
  test("a quantity is read only where mayStartQuantity lets the reader in", () => {
    let read = 0;
    for (const { text, language } of texts) {
      for (const lang of [language, language === "de" ? "en" : "de"] as const) {
        const lex = getLexicon(lang);
        const ts = tokenize(text);
        for (let i = 0; i < ts.count; i++) {
          if (!readQuantity(ts, i, lex)) continue;
          read++;
          expect(mayStartQuantity(ts, i, lex), `${lang} token ${i} of "${text.slice(0, 60)}…"`).toBe(true);
        }
      }
    }
    expect(read).toBeGreaterThan(500);
  });

  test("a date is read only where dateWithinReach lets the reader in", () => {
    const pub = parseIsoDate("2025-05-20");
    let read = 0;
    for (const { text, language } of texts) {
      for (const lang of [language, language === "de" ? "en" : "de"] as const) {
        const lex = getLexicon(lang);
        const ts = tokenize(text);
        for (let i = 0; i < ts.count; i++) {
          const m = readDate(ts, i, lex, pub);
          if (!m) continue;
          read++;
          expect(dateWithinReach(ts, i, m.last, lex), `${lang} token ${i} of "${text.slice(0, 60)}…"`).toBe(true);
        }
      }
    }
    expect(read).toBeGreaterThan(200);
  });

  test("the checks turn away the usual words that start nothing", () => {
    const en = getLexicon("en");
    const ts = tokenize("Several officials said a court in the capital would rule.");
    expect(mayStartQuantity(ts, 0, en)).toBe(false);
    expect(mayStartQuantity(ts, 3, en)).toBe(false);
    expect(dateWithinReach(ts, 5, ts.count - 1, en)).toBe(false);
    expect(dateWithinReach(ts, 6, ts.count - 1, en)).toBe(false);
  });
});
