import { expect, test } from "vitest";
import { proposeFacets } from "./propose-facets";
import { extractClaims } from "./extract-claims";
import { PUBLISHED, claimLines } from "./test-fixtures";

// What a figure is, read around it: a change in the unit of the money before it, a rule's bar that
// is no figure, home and abroad, a projection or an earlier round as parts of their own question.
test.each([
  { label: "a multiplier alone, compared after money, is a change in its unit", language: "de", text: "Die Ausgaben steigen auf 12 Milliarden Euro, 2 Milliarden mehr als im März geplant.", expected: ["spending [12000000000, 12000000000] EUR", "spending/change [2000000000, 2000000000] EUR"] },
  { label: "a share naming a threshold is no claim", language: "en", text: "The Greens polled 4.8% and missed the 5% threshold.", expected: ["votes/holder:greens [4.8, 4.8] %, of Greens"] },
  { label: "…in German", language: "de", text: "Die FDP scheiterte mit 4,6 Prozent an der 5-Prozent-Hürde.", expected: ["votes/holder:fdp [4.6, 4.6] %, of FDP"] },
  { label: "home and abroad are two questions", language: "de", text: "Im Inland lag die Beteiligung bei 61 Prozent, im Ausland bei 22 Prozent.", expected: ["turnout/domestic [61, 61] %", "turnout/abroad [22, 22] %"] },
  { label: "…in English, and a conjunction or 'nationwide' is no part", language: "en", text: "Nationwide turnout was 64%, while turnout abroad reached only 18%.", expected: ["turnout [64, 64] %", "turnout/abroad [18, 18] %"] },
  { label: "a projection is a question of its own", language: "de", text: "Eine Hochrechnung des Instituts sah die SPD bei 28,5 Prozent.", expected: ["votes/holder:spd+projection [28.5, 28.5] %, by institute, of SPD"] },
  { label: "an earlier round, in the figure's own clause", language: "de", text: "Die Wahlbeteiligung sank auf 39,1 Prozent, nach 44,7 Prozent im ersten Wahlgang.", expected: ["turnout [39.1, 39.1] %", "turnout/first round [44.7, 44.7] %"] },
  { label: "…in English", language: "en", text: "Turnout fell to 39.1%, from 44.7% in the first round.", expected: ["turnout [39.1, 39.1] %", "turnout/first round [44.7, 44.7] %"] },
] as const)("$label", ({ text, language, expected }) => {
  expect(claimLines(text, language)).toEqual(expected);
});

test("a figure without a stage does not join the facet of a figure with one", () => {
  const candidates = extractClaims("Die Wahlbeteiligung sank auf 39,1 Prozent, nach 44,7 Prozent im ersten Wahlgang.", { language: "de", publishedAt: PUBLISHED });
  const facets = proposeFacets([{ articleId: "a", language: "de", candidates }]);
  expect(facets.map((f) => f.key).sort()).toEqual(["quantity:turnout/first round|%", "quantity:turnout|%"]);
});
