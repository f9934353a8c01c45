import { describe, expect, test } from "vitest";
import { extractClaims } from ".";

// A German compound of a direction and a kind of place ("Südbezirk") names a part of the area the
// text speaks of, and an adjective may stand before a kind of place ("in der früheren Hafenstadt X").
// Sentences of our own.
const places = (text: string) => extractClaims(text, { language: "de", publishedAt: "2031-05-04" }).map((c) => c.scope.place ?? null);

describe("a directional district, or a kind of place after an adjective, is where the figure holds", () => {
  test.each([
    { text: "Im einwohnerstarken Nordbezirk kam die Liste Nord auf 38,4 Prozent.", expected: ["?/Nordbezirk"] },
    { text: "Im Ostkreis kam die Liste Nord auf 38,4 Prozent.", expected: ["?/Ostkreis"] },
    { text: "In der früheren Hafenstadt Velmar kam die Liste Nord auf 44,1 Prozent.", expected: ["?/Velmar"] },
  ])("de: $text", ({ text, expected }) => {
    expect(places(text)).toEqual(expected);
  });
});

describe("a country's adjective before a kind of place still only hints at the name", () => {
  test("de: in der norditalienischen Region …", () => {
    expect(places("In der norditalienischen Region Velmaro kamen drei Menschen ums Leben.")).toEqual([null]);
  });
});
