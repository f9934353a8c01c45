import { describe, expect, test } from "vitest";
import { parse as parseYaml } from "yaml";
import { readPlainFrontMatter } from "./read-plain-front-matter";

describe("readPlainFrontMatter", () => {
  test("reads what importers write, as a YAML parser does", () => {
    const source = 'title: "Flut in Passau: 3 Tote (12)"\nurl: "https://kurier.example/12"\noutlet: "Kurier"\nlanguage: de\npublished: "2026-01-12"';
    expect(readPlainFrontMatter(source)).toEqual(parseYaml(source));
    expect(readPlainFrontMatter(source)).toEqual({
      title: "Flut in Passau: 3 Tote (12)",
      url: "https://kurier.example/12",
      outlet: "Kurier",
      language: "de",
      published: "2026-01-12",
    });
  });

  test.each([
    ["a comment", "title: x # note"],
    ["a blank line", "title: x\n\nurl: y"],
    ["an escape", 'title: "a\\"b"'],
    ["a number", "title: 2026"],
    ["a date without quotes", "published: 2026-01-12"],
    ["a boolean", "title: true"],
    ["null", "author: null"],
    ["a nested outlet", "outlet:\n  name: Kurier"],
    ["a key twice", "title: a\ntitle: b"],
    ["a tab", 'title: "a\tb"'],
    ["nothing", ""],
  ])("leaves %s to the YAML parser", (_, source) => {
    expect(readPlainFrontMatter(source)).toBeUndefined();
  });

  test("whatever it reads, a YAML parser reads the same", () => {
    // Lines built from pieces that YAML treats specially; a seeded generator, so a failure repeats.
    const pieces = ['"', "\\", "#", ": ", " ", "-", "'", "a", "Z", "ß", "é", "1", "\u0085", "\u2028", "\u007f", "\t", "true", "null", "~", "*", "&", "!", "{", "[", "%", "@", "`"];
    let state = 12345;
    const next = (n: number) => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 8) % n;
    let read = 0;
    for (let i = 0; i < 20_000; i++) {
      const value = Array.from({ length: 1 + next(5) }, () => pieces[next(pieces.length)]).join("");
      const source = [`title: ${next(2) ? `"${value}"` : value}`, `url: "x${value}"`].slice(0, 1 + next(2)).join("\n");
      const plain = readPlainFrontMatter(source);
      if (plain === undefined) continue;
      read++;
      expect(plain, JSON.stringify(source)).toEqual(parseYaml(source));
    }
    expect(read).toBeGreaterThan(1000);
  });
});
