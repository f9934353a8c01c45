import { describe, expect, test } from "vitest";
import type { ClaimValue } from "@/lib/claims/schema";
import { proposeFacets } from "./propose-facets";
import type { ClaimCandidate } from "./schema";

const count = (n: number, unit?: string): ClaimValue => ({ kind: "quantity", min: n, max: n, minInclusive: true, maxInclusive: true, ...(unit ? { unit } : {}) });

function candidate(subject: string, qualifiers: string[] = [], rest: Partial<ClaimCandidate> = {}): ClaimCandidate {
  return {
    valueKind: "quantity",
    quote: "q",
    start: 0,
    end: 1,
    sentenceStart: 0,
    sentenceEnd: 1,
    value: count(10),
    subject,
    qualifiers,
    scope: {},
    certainty: "stated",
    rule: "test",
    ...rest,
  };
}

const article = (articleId: string, candidates: ClaimCandidate[]) => ({ articleId, language: "de" as const, candidates });
const summary = (facets: ReturnType<typeof proposeFacets>) => facets.map((f) => `${f.key} "${f.label}" ${f.claims.map((c) => `${c.articleId}#${c.candidateIndex}`).join(" ")}`);

describe("proposeFacets", () => {
  test.each([
    {
      label: "one subject across articles is one facet; places do not split it",
      articles: [article("a", [candidate("dead", [], { scope: { place: "ES" } })]), article("b", [candidate("dead", [], { scope: { place: "ES/Valencia" } }), candidate("dead")])],
      expected: ['quantity:dead "Dead in Spain" a#0 b#0 b#1'],
    },
    {
      label: "counts without a nationality join the one nationality the event names",
      articles: [article("a", [candidate("workers", ["PL"])]), article("b", [candidate("workers")])],
      expected: ['quantity:workers/PL "Polish workers" a#0 b#0'],
    },
    {
      label: "with two nationalities nobody can tell, and the bare count stays apart",
      articles: [article("a", [candidate("workers", ["PL"]), candidate("workers", ["RO"])]), article("b", [candidate("workers")])],
      expected: ['quantity:workers "Workers" b#0', 'quantity:workers/PL "Polish workers" a#0', 'quantity:workers/RO "Romanian workers" a#1'],
    },
    {
      label: "a change, an addition or a holder is never implied",
      articles: [article("a", [candidate("budget", ["change"], { value: count(3, "%") })]), article("b", [candidate("budget", [], { value: count(52e9, "EUR") })])],
      expected: ['quantity:budget/change|% "Change in budget (%)" a#0', 'quantity:budget|EUR "Budget (EUR)" b#0'],
    },
    {
      label: "a budget's part is never implied: the whole budget's figure stays apart, and their labels say which is which",
      articles: [article("a", [candidate("deficit", ["area:core"], { value: count(89e9, "EUR") })]), article("b", [candidate("deficit", [], { value: count(170e9, "EUR") })])],
      expected: ['quantity:deficit/area:core|EUR "Deficit, core (EUR)" a#0', 'quantity:deficit|EUR "Deficit (EUR)" b#0'],
    },
    {
      label: "an addition, a stage and a year are said in the label (a budget without its year joins the one year the event names)",
      articles: [
        article("a", [candidate("dead", ["additional"]), candidate("votes", ["holder:fdp", "projection"], { holder: "FDP", value: count(5.2, "%") }), candidate("budget", ["2031"], { value: count(4e9, "EUR") })]),
        article("b", [candidate("dead"), candidate("votes", ["holder:fdp"], { holder: "FDP", value: count(5.5, "%") }), candidate("budget", [], { value: count(5e9, "EUR") })]),
      ],
      expected: [
        'quantity:budget/2031|EUR "Budget, for 2031 (EUR)" a#2 b#2',
        'quantity:dead "Dead" b#0',
        'quantity:dead/additional "Additional dead" a#0',
        'quantity:votes/holder:fdp+projection|% "Vote share of FDP, projection (%)" a#1',
        'quantity:votes/holder:fdp|% "Vote share of FDP (%)" b#1',
      ],
    },
    {
      label: "a party's vote share is its own facet",
      articles: [article("a", [candidate("votes", ["holder:spd"], { holder: "SPD", value: count(25.7, "%") }), candidate("votes", ["holder:cdu"], { holder: "CDU", value: count(28, "%") })])],
      expected: ['quantity:votes/holder:cdu|% "Vote share of CDU (%)" a#1', 'quantity:votes/holder:spd|% "Vote share of SPD (%)" a#0'],
    },
    {
      label: "a subject no table knows is labelled as the articles word it",
      articles: [article("a", [candidate("de:gebaud", ["de:eingesturzt"], { scope: { counted: "eingestürzte Gebäude" } })])],
      expected: ['quantity:de:gebaud/de:eingesturzt "Eingestürzte Gebäude" a#0'],
    },
    {
      label: "dates group by event and object; a confirmation asks who was first",
      articles: [
        article("a", [candidate("sign", ["treaty"], { valueKind: "date", value: { kind: "date", from: "2024-06-19", to: "2024-06-19", precision: "day" } })]),
        article("b", [candidate("confirm", [], { valueKind: "date", attribution: "government", value: { kind: "date", from: "2025-04-28", to: "2025-04-28", precision: "day" } })]),
      ],
      expected: ['date:confirm "Who confirmed it first?" b#0', 'date:sign/treaty "Treaty signing date" a#0'],
    },
    {
      label: "facets answered by more articles come first",
      articles: [article("a", [candidate("injured"), candidate("dead")]), article("b", [candidate("dead")])],
      expected: ['quantity:dead "Dead" a#1 b#0', 'quantity:injured "Injured" a#0'],
    },
  ])("$label", ({ articles, expected }) => {
    expect(summary(proposeFacets(articles))).toEqual(expected);
  });

  test("a total never joins the event's one rate: a rate is always written", () => {
    const total = candidate("debt", [], { value: count(2100000000, "EUR") });
    const perHead = candidate("debt", ["per resident"], { value: count(3900, "EUR") });
    expect(proposeFacets([article("a", [total, perHead])]).map((f) => f.key).sort()).toEqual(["quantity:debt/per resident|EUR", "quantity:debt|EUR"]);
  });

  test("carries the kind and the unit", () => {
    const [facet] = proposeFacets([article("a", [candidate("turnout", [], { value: count(61.5, "%") })])]);
    expect(facet).toMatchObject({ kind: "quantity", unit: "%" });
  });
});
