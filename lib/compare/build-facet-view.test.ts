import { describe, expect, test } from "vitest";
import { buildFacetView, FACET_PAGE_SIZE } from "./build-facet-view";
import { summarizeFacetComparison } from "./summarize-facet-comparison";
import type { FacetViewClaim, FacetViewInput } from "./facet-view-schema";
import { quantity } from "./test-fixtures";

let next = 0;
const claim = (quote: string, min: number, max: number | null, rest: Partial<FacetViewClaim> & { outlet?: string; publishedAt?: string } = {}): FacetViewClaim => {
  const id = `00000000-0000-4000-8000-${String(++next).padStart(12, "0")}`;
  const { outlet = "Regio-Kurier", publishedAt = "2024-10-25", ...own } = rest;
  return {
    id,
    quote,
    start: 0,
    end: quote.length,
    value: quantity(min, max, max !== null || min === null, false),
    scope: "ES",
    asOf: null,
    attribution: null,
    certainty: "stated",
    status: "proposed",
    origin: "machine",
    rule: null,
    revision: { id: `rev-${outlet}`, number: 1, latest: true },
    article: { id: `art-${outlet}`, title: outlet, language: "de", publishedAt, outlet },
    context: { before: "Berichten zufolge sind in Spanien ", quote, after: " ums Leben gekommen." },
    ...own,
  };
};

const more = claim("mehr als 10.000 Menschen", 10000, null, { outlet: "Eifel-Anzeiger", publishedAt: "2024-11-01" });
const almost = claim("fast 10.000 Menschen", 9000, 10000, { outlet: "Dorfbote", publishedAt: "2024-11-01", attribution: "Anna Beispiel" });
const city = claim("etwa 8.000", 7200, 8800, { outlet: "Dorfbote", publishedAt: "2024-11-01", scope: "ES/Valencia", start: 50 });
const earlier = claim("fast 10.000 Menschen", 9000, 10000, {
  outlet: "Eifel-Anzeiger",
  publishedAt: "2024-11-01",
  revision: { id: "rev-eifel-1", number: 1, latest: false },
});
const rejected = claim("2.000 Menschen", 2000, 2000, { outlet: "Seeland-Morgenpost", publishedAt: "2025-04-29", status: "rejected" });
const input: FacetViewInput = {
  facet: { id: "f", label: "Dead in Spain", kind: "quantity", unit: null, key: "quantity:dead" },
  claims: [rejected, more, earlier, city, almost],
};

describe("buildFacetView", () => {
  test("compared claims come first in publication order; rejected and earlier-revision claims after, not compared", () => {
    const view = buildFacetView(input);
    expect(view.cards.map((c) => [c.quote, c.leftOutBecause])).toEqual([
      ["fast 10.000 Menschen", null],
      ["etwa 8.000", null],
      ["mehr als 10.000 Menschen", null],
      ["fast 10.000 Menschen", "earlier-revision"],
      ["2.000 Menschen", "rejected"],
    ]);
    expect(view.relations).toHaveLength(3);
    expect(view.status).toBe("disputed");
  });

  test.each([
    { label: "the base claim's own quote is all equal", quote: "fast 10.000 Menschen", diff: ["=fast 10.000 Menschen"] },
    { label: "another quote shows what the base lacks and has", quote: "mehr als 10.000 Menschen", diff: ["-fast", "+mehr als", "= 10.000 Menschen"] },
  ])("quotes are diffed word by word against the base — $label", ({ quote, diff }) => {
    const card = buildFacetView(input).cards.find((c) => c.quote === quote && c.leftOutBecause === null)!;
    const sign = { equal: "=", insert: "+", delete: "-" } as const;
    expect(card.quoteDiff.map((s) => sign[s.kind] + s.text)).toEqual(diff);
  });

  test("each card knows its relation to the base, with the reason", () => {
    const view = buildFacetView(input);
    expect(view.baseId).toBe(almost.id);
    const byQuote = Object.fromEntries(view.cards.filter((c) => !c.leftOutBecause).map((c) => [c.quote, [c.relation, c.toBase?.kind ?? null]]));
    expect(byQuote).toEqual({
      "fast 10.000 Menschen": ["conflicts", null],
      "etwa 8.000": ["scope", "different-scope"],
      "mehr als 10.000 Menschen": ["conflicts", "conflicting"],
    });
  });

  test("a chosen base replaces the first claim; an unknown one is ignored", () => {
    expect(buildFacetView(input, { base: more.id }).baseId).toBe(more.id);
    expect(buildFacetView(input, { base: "00000000-0000-4000-8000-999999999999" }).baseId).toBe(almost.id);
  });

  test("the facet's whole is the country its claims name", () => {
    expect(buildFacetView(input).facet.wholePlace).toBe("ES");
  });

  test("short values are written in the article's own number format", () => {
    expect(buildFacetView(input).cards.map((c) => c.short)).toContain("fast 10.000");
  });

  test("two-up: the chosen pair, their sentences diffed, each quote marked", () => {
    const view = buildFacetView(input, { view: "two", a: almost.id, b: more.id });
    expect(view.pair?.relation?.kind).toBe("conflicting");
    const marked = (side: "left" | "right") => view.pair![side].filter((p) => p.inQuote).map((p) => p.text).join("");
    expect(marked("left")).toBe("fast 10.000 Menschen");
    expect(marked("right")).toBe("mehr als 10.000 Menschen");
    expect(view.pair!.left.some((p) => p.kind === "delete" && p.text === "fast")).toBe(true);
    expect(view.pair!.right.some((p) => p.kind === "insert" && p.text === "mehr als")).toBe(true);
  });

  test("across languages no words are diffed: neither a card's quote nor a two-up pair's sentences are struck", () => {
    const english = claim("more than 10,000 people", 10000, null, {
      outlet: "Harbour Times",
      publishedAt: "2024-11-02",
      article: { id: "art-harbour", title: "Harbour Times", language: "en", publishedAt: "2024-11-02", outlet: "Harbour Times" },
      context: { before: "In Spain ", quote: "more than 10,000 people", after: " have died." },
    });
    const mixed = { ...input, claims: [...input.claims, english] };
    const card = buildFacetView(mixed).cards.find((c) => c.id === english.id)!;
    expect(card.quoteDiff).toEqual([{ kind: "equal", text: "more than 10,000 people" }]);
    expect(card.differsFromBase).toBe(false);
    const pair = buildFacetView(mixed, { view: "two", a: almost.id, b: english.id }).pair!;
    expect(pair.wordsCompared).toBe(false);
    expect([...pair.left, ...pair.right].every((p) => p.kind === "equal")).toBe(true);
    expect(pair.right.filter((p) => p.inQuote).map((p) => p.text).join("")).toBe("more than 10,000 people");
    expect(buildFacetView(input, { view: "two", a: almost.id, b: more.id }).pair!.wordsCompared).toBe(true);
  });

  test("two-up without a choice shows the top contradiction; one side chosen, a claim it conflicts with", () => {
    const pair = (query: Parameters<typeof buildFacetView>[1]) => buildFacetView(input, query).pair;
    expect([pair({ view: "two" })?.a.quote, pair({ view: "two" })?.b.quote]).toEqual(["fast 10.000 Menschen", "mehr als 10.000 Menschen"]);
    expect(pair({ view: "two", a: more.id })?.b.id).toBe(almost.id);
    expect(pair({ view: "two", a: city.id })?.b.article.outlet).toBe("Eifel-Anzeiger");
  });

  test("a left-out claim has no relation", () => {
    expect(buildFacetView(input, { view: "two", a: almost.id, b: rejected.id }).pair?.relation).toBeNull();
  });

  test("the timeline draws the compared claims only, labelled by claimant", () => {
    const { timeline } = buildFacetView(input);
    expect(timeline?.marks.map((m) => m.label)).toEqual(["Anna Beispiel", "Dorfbote", "Eifel-Anzeiger"]);
  });

  test("Null case: a facet without claims", () => {
    const view = buildFacetView({ ...input, claims: [] });
    expect(view).toMatchObject({ cards: [], baseId: null, status: "single-source", pair: null, relations: [] });
  });

  describe("a long facet, a page at a time", () => {
    // 45 outlets, one claim each, alternating between two figures that cannot both be true.
    const many = Array.from({ length: 45 }, (_, i) =>
      claim(i % 2 ? "100 Menschen" : "200 Menschen", i % 2 ? 100 : 200, i % 2 ? 100 : 200, { outlet: `Outlet ${String(i).padStart(2, "0")}`, scope: null }),
    );
    const long: FacetViewInput = { ...input, claims: many };

    test("shows 10 cards a page, and the page holding a claim linked to", () => {
      const view = buildFacetView(long, { page: 5 });
      expect(view.cards).toHaveLength(5);
      expect(view.cardPage).toMatchObject({ page: 5, pageCount: 5, total: 45 });
      expect(view.choices).toHaveLength(45);
      const linked = buildFacetView(long, { claim: many[30]!.id });
      expect(linked.cardPage.page).toBe(4);
      expect(linked.cards.map((c) => c.id)).toContain(many[30]!.id);
    });

    test("lists only the relations of the page's claims, contradictions first, and counts them all", () => {
      const view = buildFacetView(long, { page: 2 });
      const shown = new Set(view.cards.map((c) => c.id));
      expect(view.relations.length).toBeGreaterThan(0);
      expect(view.relations.length).toBeLessThanOrEqual(FACET_PAGE_SIZE.relations);
      expect(view.relations.every((r) => shown.has(r.a) || shown.has(r.b))).toBe(true);
      expect(view.relations[0]?.kind).toBe("conflicting");
      expect(view.pairCount).toBe((45 * 44) / 2);
      expect(view.contradictionCount).toBe(22 * 23);
    });

    test("reads a stored comparison as it would compare", () => {
      const compared = buildFacetView(long);
      const stored = summarizeFacetComparison(
        long.facet,
        [...many].sort((x, y) => (x.article.outlet! < y.article.outlet! ? -1 : 1)).map((c) => ({ articleId: c.article.id, claim: { ...c, outlet: c.article.outlet, publishedAt: c.article.publishedAt } })),
      );
      const read = buildFacetView(long, {}, stored);
      expect(read.cards.map((c) => [c.id, c.relation, c.toBase?.kind])).toEqual(compared.cards.map((c) => [c.id, c.relation, c.toBase?.kind]));
      expect(read.status).toBe(compared.status);
    });
  });
});

test("a projection and the final result are an update on the cards and in the relations, as the stored comparison says", () => {
  const projected = claim("31,5 Prozent", 31.5, 31.5, { outlet: "Regio-Kurier", publishedAt: "2028-09-24", scope: null, figureStatus: "projection" });
  const final = claim("29,8 Prozent", 29.8, 29.8, { outlet: "Dorfbote", publishedAt: "2028-09-24", scope: null, figureStatus: "final" });
  const election: FacetViewInput = { facet: { id: "vote", label: "Share of the vote", kind: "quantity", unit: null, key: "quantity:share" }, claims: [projected, final] };
  const stored = summarizeFacetComparison(
    election.facet,
    election.claims.map((c) => ({ articleId: c.article.id, claim: { ...c, outlet: c.article.outlet, publishedAt: c.article.publishedAt } })),
  );
  const view = buildFacetView(election, {}, stored);
  expect(view.cards.map((c) => [c.figureStatus, c.toBase?.kind ?? null])).toEqual([
    ["final", null],
    ["projection", "changed-over-time"],
  ]);
  expect(view.relations.map((r) => r.kind)).toEqual(["changed-over-time"]);
  expect(view.relations[0]!.reason).toMatch(/a projection or forecast .* the final result/);
});
