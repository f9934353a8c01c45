import { describe, expect, test } from "vitest";
import { labelArticles, shortHeadline } from "./label-articles";

const article = (id: string, title: string, outlet: string | null, publishedAt: string | null) => ({ id, title, outlet, publishedAt });

describe("labelArticles", () => {
  test("five articles without outlet or date get five different names, their headlines", () => {
    const articles = ["Flut in Valencia", "Roth: Fast 10.000 Evakuierte", "Bürgermeisterin besucht Notunterkunft", "Feuerwehr bestätigt", "Schwere Schäden"].map((title, i) =>
      article(String(i), title, null, null),
    );
    const labels = [...labelArticles(articles).values()];
    expect(new Set(labels.map((l) => l.label)).size).toBe(5);
    expect(labels.map((l) => l.label)).toEqual(articles.map((a) => a.title));
    expect(labels.every((l) => l.missing.join() === "outlet,date")).toBe(true);
  });

  test.each([
    { label: "outlet and date", input: article("a", "Headline", "Harbour Times", "2024-11-04"), expected: "Harbour Times, 4 Nov 2024", missing: [] },
    { label: "an outlet without date", input: article("a", "Headline", "Harbour Times", null), expected: "Harbour Times · Headline", missing: ["date"] },
    { label: "a date without outlet", input: article("a", "Headline", null, "2024-11-04"), expected: "4 Nov 2024 · Headline", missing: ["outlet"] },
  ])("names $label", ({ input, expected, missing }) => {
    expect(labelArticles([input]).get("a")).toEqual({ label: expected, missing });
  });

  test("two articles of one outlet and day are told apart by their headlines", () => {
    const labels = labelArticles([article("a", "Morning report", "Post", "2024-11-04"), article("b", "Evening update", "Post", "2024-11-04")]);
    expect(labels.get("a")!.label).toBe("Post, 4 Nov 2024 · Morning report");
    expect(labels.get("b")!.label).toBe("Post, 4 Nov 2024 · Evening update");
  });

  test("identical everything is numbered", () => {
    const labels = labelArticles([article("a", "Same", null, null), article("b", "Same", null, null)]);
    expect([labels.get("a")!.label, labels.get("b")!.label]).toEqual(["Same (1)", "Same (2)"]);
  });
});

describe("shortHeadline", () => {
  test("cuts at a word with an ellipsis", () => {
    expect(shortHeadline("Hochwasser in Bayern: Passau ruft den Katastrophenfall aus", 40)).toBe("Hochwasser in Bayern: Passau ruft den…");
  });
});
