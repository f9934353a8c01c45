import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { claimLine, PUBLISHED } from "./test-fixtures";

// Wording that dates a figure to an hour of its day: a live ticker's entry stamp, "bis zum Abend",
// "by nightfall", "Stand: 14 Uhr", a part of the figure's own day ("am Montagabend" in a report of
// Monday). Sentences of our own, German and English; the report is of Monday 2025-05-19.

// The shared claim line with the hour, which it leaves out.
const lineWith = (text: string, language: "de" | "en", figure: string) =>
  extractClaims(text, { language, publishedAt: PUBLISHED })
    .map((c) => `${claimLine(c)}${c.scope.asOf?.time ? `, at ${c.scope.asOf.time}` : ""}`)
    .find((l) => l.includes(figure));

describe("a figure counted up to an hour of its day holds at that hour", () => {
  test.each([
    { language: "de", text: "Bis zum Abend zählten die Behörden 41 Tote.", figure: "[41, 41]", at: "19:00" },
    { language: "de", text: "Die Feuerwehr rückte bis Montagmittag zu 1.200 Einsätzen aus.", figure: "[1200, 1200]", at: "12:00" },
    { language: "de", text: "Das Ministerium meldete 17 Verletzte (Stand: 14.30 Uhr).", figure: "[17, 17]", at: "14:30" },
    { language: "de", text: "Am Nachmittag zogen rund 8.000 Menschen durch die Innenstadt.", figure: "[7200, 8800]", at: "15:00" },
    { language: "en", text: "Rescuers had pulled 64 survivors from the river by nightfall.", figure: "[64, 64]", at: "19:00" },
    { language: "en", text: "By Monday evening, 2,300 households were still without power.", figure: "[2300, 2300]", at: "19:00" },
    { language: "en", text: "The ministry put the toll at 23 as of 3pm.", figure: "[23, 23]", at: "15:00" },
    { language: "en", text: "As of 4.30pm, the coastguard said 31 people had been rescued.", figure: "[31, 31]", at: "16:30" },
    { language: "de", text: "Bis 16 Uhr hatten sich nach Angaben der Stadt 950 Helfer gemeldet.", figure: "[950, 950]", at: "16:00" },
  ] as const)("$language: $text", ({ text, language, figure, at }) => {
    expect(lineWith(text, language, figure)).toContain(`at ${at}`);
  });
});

test("a part of the figure's own day names its hour, on that day", () => {
  const text = "Am Sonntagabend waren 2.000 Haushalte ohne Strom, teilte der Versorger am Montag mit.";
  const line = lineWith(text, "de", "[2000, 2000]");
  expect(line).toContain("as of 2025-05-18");
  expect(line).toContain("at 19:00");
});

describe("a live ticker's entry stamp dates the figures of its entry", () => {
  const de = ["Flut im Tal: der Liveticker", "", "+++ 10:15 Uhr +++ Das Innenministerium meldet neun Tote.", "", "+++ 17:40 Uhr +++ Die Zahl der Toten steigt auf zwölf."].join("\n");
  const en = ["Flood live: latest", "", "Update 9.05am: Officials confirm nine dead.", "", "Update 5.40pm: The toll has risen to twelve, police say."].join("\n");
  test.each([
    { language: "de", text: de },
    { language: "en", text: en },
  ] as const)("$language: the earlier entry's figure at its hour, the later one's at its own", ({ language, text }) => {
    const claims = extractClaims(text, { language, publishedAt: PUBLISHED });
    const times = claims.map((c) => c.scope.asOf?.time);
    expect(times).toEqual(language === "de" ? ["10:15", "17:40"] : ["09:05", "17:40"]);
    expect(claims.every((c) => c.scope.asOf?.from === PUBLISHED && c.scope.asOf?.to === PUBLISHED)).toBe(true);
  });
});

describe("an hour that times no figure is not read", () => {
  test.each([
    { language: "de", text: "Die Fähre war um 21.30 Uhr ausgelaufen; 14 Menschen kamen ums Leben.", figure: "[14, 14]" },
    { language: "de", text: "Die Gespräche gehen bis morgen weiter, 300 Beschäftigte streiken.", figure: "[300, 300]" },
    { language: "en", text: "The ferry left port at 9.30pm; 14 people died.", figure: "[14, 14]" },
    { language: "en", text: "The march of 5,000 people had been planned since Friday evening.", figure: "[5000, 5000]" },
  ] as const)("$language: $text", ({ text, language, figure }) => {
    const line = lineWith(text, language, figure);
    expect(line).toBeDefined();
    expect(line).not.toMatch(/ at \d\d:\d\d/);
  });
});
