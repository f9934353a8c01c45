import { describe, expect, test } from "vitest";
import { de } from "./de";
import { en } from "./en";
import { getLexicon } from "./index";
import { tolerances } from "./tolerances";

describe.each([de, en])("the $language word tables", (lex) => {
  test("keys are lowercase, so matching never depends on how the text capitalizes", () => {
    const tables = [lex.hedges, lex.postHedges, lex.vague, lex.countedNouns, lex.casualtyWords, lex.places, lex.certaintyCues, lex.months, lex.weekdays, lex.claimantWords];
    for (const table of tables) for (const key of Object.keys(table)) expect(key).toBe(key.toLowerCase());
  });

  test("vague amounts are intervals with min ≤ max", () => {
    for (const [min, max] of Object.values(lex.vague)) expect(min).toBeLessThanOrEqual(max);
  });

  test("every number word and dated-event verb is a trigger", () => {
    const compiled = getLexicon(lex.language);
    for (const word of [...Object.keys(lex.numberWords), ...lex.datedEvents.flatMap((e) => e.verbs)]) expect(compiled.triggers.has(word)).toBe(true);
  });
});

test("tolerances are fractions", () => {
  for (const t of Object.values(tolerances)) expect(t > 0 && t < 1).toBe(true);
});
