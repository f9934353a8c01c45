// "No table in the code names the demo's story": the world comes from the data packages. This test
// reads every source file of lib/places (tests apart, which must name places to check them) and fails
// on a string literal that the gazetteer resolves to a country, a region or a city of 100,000 people
// or more. Smaller towns are left out: they are homonyms of ordinary words ("Canton", "Republic").
// Two-letter ISO codes are not names: the irregular German adjectives (german-adjectives.ts) point
// at countries by code, the one small table the rule of formation provably cannot replace.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, test } from "vitest";
import { placeIndex } from "./load-place-index";
import { resolvePlace } from "./resolve-place";

const BIG_CITY = 100_000;
const folder = import.meta.dirname;
const sources = readdirSync(folder).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));

function stringLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(folder, file), "utf8"), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node)) out.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function namesAPlace(literal: string): boolean {
  if (/^[A-Z]{2}$/.test(literal)) return false;
  return (["de", "en"] as const).some((language) => {
    const place = resolvePlace(literal, language);
    if (!place) return false;
    return place.kind !== "city" || (placeIndex().byKey(place.key)?.population ?? 0) >= BIG_CITY;
  });
}

beforeAll(() => void placeIndex(), 120_000);

describe("lib/places names no place in its code", () => {
  test("the check finds place names where there are some", () => {
    expect(["Polen", "Prag", "Valencia", "Bayern", "voters"].filter(namesAPlace)).toEqual(["Polen", "Prag", "Valencia", "Bayern"]);
  });

  test.each(sources)("%s", (file) => {
    expect(stringLiterals(file).filter(namesAPlace)).toEqual([]);
  });
});
