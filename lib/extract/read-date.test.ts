import { describe, expect, test } from "vitest";
import { parseIsoDate } from "./date-math";
import { formatClaimValue } from "./format-claim-value";
import { getLexicon, type Language } from "./lexicon";
import { readDate } from "./read-date";
import { tokenize } from "./tokenize";
import { tokenAt } from "./tokens";

function read(text: string, language: Language, published?: string): string | null {
  const ts = tokenize(text);
  const m = readDate(ts, 0, getLexicon(language), published ? parseIsoDate(published) : null);
  if (!m) return null;
  return `${formatClaimValue(m.value)} | ${Array.from({ length: m.last - m.first + 1 }, (_, k) => tokenAt(ts, m.first + k)).join(" ")}`;
}

describe("readDate", () => {
  test.each([
    { label: "de day month year", text: "am 19. Juni 2024", language: "de", expected: "2024-06-19..2024-06-19 day | am 19 . Juni 2024" },
    { label: "de month year", text: "im Juni 2024", language: "de", expected: "2024-06-01..2024-06-30 month | im Juni 2024" },
    { label: "de month, publication in November", text: "im Juni", language: "de", pub: "2024-11-05", expected: "2024-06-01..2024-06-30 month | im Juni" },
    { label: "de month later than publication month is last year's", text: "im Dezember", language: "de", pub: "2024-11-05", expected: "2023-12-01..2023-12-31 month | im Dezember" },
    { label: "de day without year", text: "am 24. Oktober", language: "de", pub: "2024-11-05", expected: "2024-10-24..2024-10-24 day | am 24 . Oktober" },
    { label: "de part of month", text: "Ende Juni 2024", language: "de", expected: "2024-06-21..2024-06-30 day | Ende Juni 2024" },
    { label: "de Mitte", text: "Mitte Dezember", language: "de", pub: "2024-12-20", expected: "2024-12-11..2024-12-20 day | Mitte Dezember" },
    { label: "de numeric", text: "19.06.2024", language: "de", expected: "2024-06-19..2024-06-19 day | 19.06.2024" },
    { label: "de year", text: "im Jahr 2022", language: "de", expected: "2022-01-01..2022-12-31 year | im Jahr 2022" },
    { label: "de vor zwei Jahren", text: "vor zwei Jahren", language: "de", pub: "2024-11-05", expected: "2022-01-01..2022-12-31 year | vor zwei Jahren" },
    { label: "de vor einem Monat", text: "vor einem Monat", language: "de", pub: "2024-01-15", expected: "2023-12-01..2023-12-31 month | vor einem Monat" },
    { label: "de letztes Jahr", text: "letztes Jahr", language: "de", pub: "2024-11-05", expected: "2023-01-01..2023-12-31 year | letztes Jahr" },
    { label: "de Ende letzter Woche", text: "Ende letzter Woche", language: "de", pub: "2024-11-13", expected: "2024-11-07..2024-11-10 day | Ende letzter Woche" },
    { label: "de am Dienstag", text: "am Dienstag", language: "de", pub: "2024-11-15", expected: "2024-11-12..2024-11-12 day | am Dienstag" },
    { label: "de gestern", text: "gestern", language: "de", pub: "2024-11-15", expected: "2024-11-14..2024-11-14 day | gestern" },
    { label: "en month day, year", text: "June 19, 2024", language: "en", expected: "2024-06-19..2024-06-19 day | June 19 , 2024" },
    { label: "en day month year", text: "19 June 2024", language: "en", expected: "2024-06-19..2024-06-19 day | 19 June 2024" },
    { label: "en ordinal of", text: "the 5th of June 2024", language: "en", expected: "2024-06-05..2024-06-05 day | the 5 th of June 2024" },
    { label: "en mid-month", text: "mid-December", language: "en", pub: "2024-12-20", expected: "2024-12-11..2024-12-20 day | mid - December" },
    { label: "en last year", text: "last year", language: "en", pub: "2025-03-01", expected: "2024-01-01..2024-12-31 year | last year" },
    { label: "en two years ago", text: "two years ago", language: "en", pub: "2024-11-15", expected: "2022-01-01..2022-12-31 year | two years ago" },
    { label: "en on Tuesday", text: "on Tuesday", language: "en", pub: "2024-11-15", expected: "2024-11-12..2024-11-12 day | on Tuesday" },
    { label: "en last Friday on a Friday is a week ago", text: "last Friday", language: "en", pub: "2024-11-15", expected: "2024-11-08..2024-11-08 day | last Friday" },
    { label: "en end of last week", text: "end of last week", language: "en", pub: "2024-11-13", expected: "2024-11-07..2024-11-10 day | end of last week" },
    { label: "de Ende of a year", text: "Ende 2031", language: "de", expected: "2031-12-31..2031-12-31 day | Ende 2031" },
    { label: "en the end of a year", text: "the end of 2032", language: "en", expected: "2032-12-31..2032-12-31 day | the end of 2032" },
    { label: "en start of a year", text: "the start of 2030", language: "en", expected: "2030-01-01..2030-01-01 day | the start of 2030" },
    { label: "de im laufenden Jahr", text: "im laufenden Jahr", language: "de", pub: "2024-11-14", expected: "2024-01-01..2024-12-31 year | im laufenden Jahr" },
    { label: "de heuer", text: "heuer", language: "de", pub: "2024-11-14", expected: "2024-01-01..2024-12-31 year | heuer" },
    { label: "de diese Woche, up to publication", text: "diese Woche", language: "de", pub: "2024-11-14", expected: "2024-11-11..2024-11-14 day | diese Woche" },
    { label: "de Anfang der Woche", text: "Anfang der Woche", language: "de", pub: "2024-11-14", expected: "2024-11-11..2024-11-13 day | Anfang der Woche" },
    { label: "en this week, up to publication", text: "this week", language: "en", pub: "2024-11-14", expected: "2024-11-11..2024-11-14 day | this week" },
    { label: "en the current year", text: "the current year", language: "en", pub: "2024-11-14", expected: "2024-01-01..2024-12-31 year | the current year" },
  ] as const)("$label", ({ text, language, expected, ...rest }) => {
    expect(read(text, language, "pub" in rest ? rest.pub : undefined)).toBe(expected);
  });

  test.each([
    { label: "month without year or publication", text: "im Juni", language: "de" },
    { label: "relative without publication", text: "last year", language: "en" },
    { label: "the modal may", text: "may 2024", language: "en" },
    { label: "a duration", text: "seit 24 Jahren", language: "de" },
    { label: "an impossible day", text: "am 31. Juni 2024", language: "de" },
    { label: "a plain number", text: "10.000", language: "de" },
    { label: "the middle of a year names no day", text: "Mitte 2031", language: "de" },
  ] as const)("no date: $label", ({ text, language }) => {
    expect(read(text, language)).toBeNull();
  });

  test.each([
    { text: "this year's budget", language: "en" },
    { text: "the end of the day", language: "en" },
    { text: "Mitte 2031", language: "de" },
  ] as const)("no date with a publication day: $text", ({ text, language }) => {
    expect(read(text, language, "2024-11-14")).toBeNull();
  });
});
