import { describe, expect, test } from "vitest";
import { diffAgainstBase } from "@/lib/diff";
import { buildHeatMap, chooseHeatMapArticles, heatLevel } from "./build-heat-map";

describe("heatLevel", () => {
  test.each([
    { count: 0, others: 6, level: 0 },
    { count: 1, others: 6, level: 1 },
    { count: 3, others: 6, level: 2 },
    { count: 4, others: 6, level: 3 },
    { count: 6, others: 6, level: 4 },
    { count: 1, others: 1, level: 4 },
    { count: 1, others: 0, level: 0 },
  ])("$count of $others differ: level $level", ({ count, others, level }) => {
    expect(heatLevel(count, others)).toBe(level);
  });
});

describe("buildHeatMap", () => {
  const base = "Die Stadt hat fast 10.000 Menschen evakuiert.\n\nDer Notstand wurde im Juni 2024 ausgerufen.";
  const others = [
    "Die Stadt hat mehr als 10.000 Menschen evakuiert.\n\nDer Notstand wurde im Juni 2024 ausgerufen.",
    "Die Stadt hat fast 10.000 Menschen evakuiert.\n\nDer Notstand wurde am 19. Juni 2024 ausgerufen.",
  ];
  const map = buildHeatMap(base, diffAgainstBase(base, others));
  const words = (i: number) => map.paragraphs[i]!.filter((p) => p.count !== null).map((p) => `${p.text}:${p.count}`);

  test("paragraphs split at blank lines; each word carries how many others differ there", () => {
    expect(map.paragraphs).toHaveLength(2);
    expect(words(0)).toEqual(["Die:0", "Stadt:0", "hat:0", "fast:1", "10:0", ".:0", "000:0", "Menschen:0", "evakuiert:0", ".:0"]);
    expect(words(1)).toContain("im:1");
  });

  test("the pieces give back the text of each paragraph", () => {
    expect(map.paragraphs.map((p) => p.map((x) => x.text).join(""))).toEqual([
      "Die Stadt hat fast 10.000 Menschen evakuiert.",
      "Der Notstand wurde im Juni 2024 ausgerufen.",
    ]);
  });

  test("the legend names the counts of each level present", () => {
    expect(map.others).toBe(2);
    expect(map.legend).toEqual([
      { level: 0, label: "no other article differs" },
      { level: 2, label: "1 of 2 differ" },
      { level: 4, label: "2 of 2 differ" },
    ]);
  });

  test("each word carries how many others tell its sentence, so a sentence no other article has reads as one", () => {
    const independent = "Polizei warnt: Gewerkschaft könnte mehr als 10.000 Streikende nach Berlin schicken. Der Winter in Lappland war ungewöhnlich kalt.";
    const told = [
      "Berichten zufolge hat Verdi mehr als 10.000 Streikende nach Berlin gebracht, dazu Busse. Die Ernte fiel gut aus.",
      "Polizei warnt: Gewerkschaft könnte fast 10.000 Streikende nach Berlin schicken.",
    ];
    const [paragraph] = buildHeatMap(independent, diffAgainstBase(independent, told)).paragraphs;
    const pieces = paragraph!.filter((p) => p.count !== null);
    const at = (text: string) => pieces.find((p) => p.text === text);
    expect(at("Streikende")).toMatchObject({ count: 0, similarIn: 2, level: 0 });
    expect(at("mehr")).toMatchObject({ count: 1, similarIn: 2, level: 2 });
    expect(pieces.slice(pieces.indexOf(at("Der")!)).map((p) => `${p.count}/${p.similarIn}`)).toEqual(Array(8).fill("2/0"));
    expect(paragraph!.filter((p) => p.count === null).every((p) => p.similarIn === null)).toBe(true);
  });

  test("a space is shaded like the lighter of its words within a sentence, and not at all between sentences", () => {
    const text = "Polizei warnt: Gewerkschaft könnte mehr als 10.000 Streikende nach Berlin schicken. Der Winter in Lappland war ungewöhnlich kalt.";
    const others = ["Polizei warnt: Gewerkschaft könnte fast 10.000 Streikende nach Berlin schicken. Die Ernte fiel gut aus."];
    const [paragraph] = buildHeatMap(text, diffAgainstBase(text, others)).paragraphs;
    const spaceAfter = (word: string) => paragraph![paragraph!.findIndex((p) => p.text === word) + 1];
    expect(spaceAfter("könnte")).toMatchObject({ text: " ", count: null, level: 0 });
    expect(spaceAfter("mehr")).toMatchObject({ text: " ", count: null, level: 4 });
    expect(spaceAfter("als")).toMatchObject({ text: " ", count: null, level: 0 });
    expect(paragraph![paragraph!.findIndex((p) => p.text === "Der") - 1]).toMatchObject({ text: " ", level: 0 });
    expect(spaceAfter("Winter")).toMatchObject({ text: " ", level: 4 });
  });

  test("Null case: an empty base", () => {
    expect(buildHeatMap("", diffAgainstBase("", ["x"])).paragraphs).toEqual([]);
  });
});

describe("chooseHeatMapArticles", () => {
  const articles = [
    { id: "a", language: "de" },
    { id: "b", language: "en" },
    { id: "c", language: null },
    { id: "d", language: "de" },
  ];
  test.each([
    { label: "Articles in the base's language, and those of unknown language", base: "de", compared: ["a", "c", "d"], leftOut: ["b"] },
    { label: "Another base language", base: "en", compared: ["b", "c"], leftOut: ["a", "d"] },
    { label: "A base of unknown language compares with all", base: null, compared: ["a", "b", "c", "d"], leftOut: [] },
  ])("$label", ({ base, compared, leftOut }) => {
    const chosen = chooseHeatMapArticles(base, articles, (a) => a.language);
    expect(chosen.compared.map((a) => a.id)).toEqual(compared);
    expect(chosen.leftOut.map((a) => a.id)).toEqual(leftOut);
  });
});
