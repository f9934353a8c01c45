import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { formatClaimValue } from "./format-claim-value";
import { lemmaKey } from "./lemmatize";
import type { ClaimCandidate } from "./schema";

// Wording of protests by drivers and farmers, counted in vehicles and in people by rival counters:
// each case is a sentence of our own, in German and English, written for the rule it tests.
const PUBLISHED = "2026-03-04"; // a Wednesday

function summary(c: ClaimCandidate): string {
  if (c.valueKind === "date") return `${c.subject} ${formatClaimValue(c.value)}`;
  return `${c.subject}${c.qualifiers.length ? `/${c.qualifiers.join("+")}` : ""} ${formatClaimValue(c.value)}`;
}
const found = (text: string, language: "de" | "en") => extractClaims(text, { language, publishedAt: PUBLISHED });
const claims = (text: string, language: "de" | "en") => found(text, language).map(summary);

describe("vehicles that join a protest are counted as vehicles", () => {
  test.each([
    { language: "en", text: "Organisers said more than 700 lorries had joined the convoy.", expected: ["en:truck (700, ∞)"] },
    { language: "en", text: "Some 350 cabs took part in the go-slow.", expected: ["en:taxi [315, 385]"] },
    { language: "de", text: "An der Sternfahrt beteiligten sich nach Angaben des Verbands etwa 640 Autos.", expected: ["en:car [576, 704]"] },
    { language: "de", text: "Rund 300 Traktoren nahmen an der Kundgebung teil.", expected: ["en:tractor [270, 330]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("German loanwords lose their plural -s", () => {
  test.each([
    ["Taxis", "Taxi"],
    ["Autos", "Auto"],
    ["Lkws", "Lkw"],
    ["Handys", "Handy"],
  ])("%s is %s", (plural, singular) => {
    expect(lemmaKey(plural, "de")).toBe(lemmaKey(singular, "de"));
  });

  test.each(["Preis", "Kreis", "Ergebnis", "Bus", "Haus", "bis"])("%s keeps its -s", (word) => {
    expect(lemmaKey(word, "de").endsWith("s")).toBe(true);
  });
});

describe("two counts joined before one verb share it", () => {
  test.each([
    { language: "en", text: "The union said 4,000 cleaners and about 300 vans had joined.", expected: ["protesters [4000, 4000]", "en:van [270, 330]"] },
    { language: "de", text: "Laut Gewerkschaft hatten 5.000 Bäcker und 200 Lieferwagen teilgenommen.", expected: ["protesters [5000, 5000]", "en:van [200, 200]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });
});

describe("a crowd counted by the police is those who took part", () => {
  test.each([
    { language: "en", text: "Police counted 1,700 farmers at the ministry.", expected: ["protesters [1700, 1700]"] },
    { language: "de", text: "Die Polizei zählte vor dem Ministerium 1.700 Landwirte.", expected: ["en:farmer [1700, 1700]"] },
    { language: "de", text: "Die Polizei zählte 1.700 Fahrer.", expected: ["protesters [1700, 1700]"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(claims(text, language)).toEqual(expected);
  });

  // Things are counted too; only people turn out.
  test("a count of things stays one", () => {
    expect(claims("Seismologists counted 45 aftershocks.", "en")).toEqual(["en:aftershock [45, 45]"]);
  });
});

describe("a relative clause behind a later noun is said of that noun", () => {
  test("fines given to drivers who joined are fines", () => {
    expect(claims("The city has issued 96 fines to drivers who took part.", "en")).toEqual(["en:fine [96, 96]"]);
  });
});

describe("a denial of a figure by its rival leaves the figure stated", () => {
  test("the figure denied by someone else, and the denier's own", () => {
    const c = found("The organisers said 3,000 cyclists had ridden, a figure the city police rejected, saying no more than 1,100 had been counted.", "en");
    expect(c.map((x) => `${formatClaimValue(x.value)} ${x.certainty}`)).toEqual(["[3000, 3000] stated", "[0, 1100] stated"]);
  });

  test("a denial of the figure itself still denies it", () => {
    const c = found("The ministry denied that 3,000 cyclists had ridden.", "en");
    expect(c.map((x) => x.certainty)).toEqual(["denied"]);
  });

  test("German: eine Zahl, die die Polizei bestritt", () => {
    const c = found("Der Verband sprach von 3.000 Radfahrern, eine Zahl, die die Polizei bestritt.", "de");
    expect(c.map((x) => `${formatClaimValue(x.value)} ${x.certainty}`)).toEqual(["[3000, 3000] stated"]);
  });
});

describe("a share of a group that struck or marched is a share of the strikers or marchers", () => {
  test.each([
    { language: "de", text: "In den Kliniken streikten nach Angaben der Gewerkschaft 45 Prozent der Pflegekräfte.", expected: ["strikers [45, 45] %"] },
    { language: "en", text: "The union said 45% of nurses were on strike.", expected: ["strikers [45, 45] %"] },
  ] as const)("$language: $text", ({ text, language, expected }) => {
    expect(found(text, language).map((c) => `${summary(c)}${c.value.kind === "quantity" && c.value.unit ? ` ${c.value.unit}` : ""}`)).toEqual(expected);
  });

  test("a share of a group said nothing of keeps its noun", () => {
    expect(claims("Rund 45 Prozent der Pflegekräfte arbeiten in Teilzeit.", "de")).toEqual(["en:nurs [40.5, 49.5]"]);
  });
});
