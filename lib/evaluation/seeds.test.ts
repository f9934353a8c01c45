import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { compareStoredFacet } from "@/lib/compare/compare-stored-facet";
import { extractClaims, formatClaimValue, proposeFacets, type ClaimCandidate, type ProposedFacet } from "@/lib/extract";
import { prerequisite } from "../../tests/support/prerequisite";

// The five real articles live outside the repository (their text may not be copied into it); CI has
// them. Only figures and our own descriptions of them appear here.
const SEEDS = path.resolve(import.meta.dirname, "../../../shared/seeds");
const present = prerequisite(`The seed articles (${SEEDS})`, fs.existsSync(SEEDS));

function loadArticles(publishedAt?: string) {
  return fs
    .readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(SEEDS, file), "utf8");
      return { articleId: file, language: "de" as const, text, candidates: extractClaims(text, { language: "de", ...(publishedAt ? { publishedAt } : {}) }) };
    });
}

type Article = ReturnType<typeof loadArticles>[number];

function claimsOf(facet: ProposedFacet | undefined, articles: Article[]): ClaimCandidate[] {
  return (facet?.claims ?? []).map(({ articleId, candidateIndex }) => {
    const c = articles.find((a) => a.articleId === articleId)?.candidates[candidateIndex];
    if (!c) throw new Error(`facet points at a missing candidate ${articleId}#${candidateIndex}`);
    return c;
  });
}

// The amount as written ("fast 10.000", "mehrere Tausend") and its interval; the rest of the quote is
// the articles' wording and stays out of the repository.
function summary(c: ClaimCandidate): string {
  const words = c.quote.split(" ");
  const amountEnd = words.findIndex((w) => /\d|^Tausend/.test(w));
  return `${words.slice(0, amountEnd + 1).join(" ")} ${formatClaimValue(c.value)}`;
}

// "unknown" is the acceptance case; the late-2024 date lets "Im Juni" without a year resolve too.
describe.skipIf(!present).each([
  { label: "publication date unknown", publishedAt: undefined },
  { label: "published late 2024", publishedAt: "2024-11-30" },
])("the five seed articles ($label)", ({ publishedAt }) => {
  const articles = present ? loadArticles(publishedAt) : [];
  const facets = proposeFacets(articles);
  const troops = facets.find((f) => f.key === "quantity:troops/KP");
  const treaty = facets.find((f) => f.key === "date:sign/treaty");

  test("propose one troop-count facet, about Russia, with every figure and its interval", () => {
    expect(troops?.label).toBe("North Korean troops in Russia");
    const found = claimsOf(troops, articles).map(summary);
    expect(found).toEqual(
      expect.arrayContaining(["mehrere Tausend [2000, 9999]", "fast 10.000 [9000, 10000)", "mehr als 10.000 (10000, ∞)", "etwa 8.000 [7200, 8800]"]),
    );
    expect(found.filter((s) => s.startsWith("mehr als 10.000"))).toHaveLength(2);
  });

  test("the Kursk figure is a part of the whole, a different scope from the national figures", () => {
    const claims = claimsOf(troops, articles);
    const kursk = claims.find((c) => c.quote.startsWith("etwa 8.000"));
    expect(kursk?.scope.place).toBe("RU/Kursk");
    const stored = claims.map((c, i) => ({ id: `c${i}`, value: c.value, quote: c.quote, scope: c.scope.place ?? null, asOf: c.scope.asOf ?? null, attribution: c.attribution ?? null, certainty: c.certainty, outlet: null, publishedAt: publishedAt ?? null }));
    const { wholePlace, comparison } = compareStoredFacet({ key: troops?.key ?? null, kind: "quantity" }, stored);
    expect(wholePlace).toBe("RU");
    const kurskId = `c${claims.indexOf(kursk!)}`;
    const moreThan = claims.flatMap((c, i) => (c.quote.startsWith("mehr als 10.000") ? [`c${i}`] : []));
    for (const id of moreThan) {
      const relation = comparison.relations.find((r) => (r.a === kurskId && r.b === id) || (r.a === id && r.b === kurskId));
      expect(relation?.kind).toBe("different-scope");
    }
    // "fast 10.000" and "mehr als 10.000" cannot both be true: the disagreement the seeds are known for.
    expect(comparison.status).toBe("disputed");
  });

  test("propose a treaty-date facet holding June 2024", () => {
    expect(treaty?.label).toBe("Treaty signing date");
    const values = claimsOf(treaty, articles).map((c) => formatClaimValue(c.value));
    expect(values).toContain("2024-06-01..2024-06-30 month");
  });

  test("attribute and qualify the figures as the articles do", () => {
    const all = articles.flatMap((a) => a.candidates);
    const byQuote = (start: string) => all.find((c) => c.quote.startsWith(start));
    expect(byQuote("fast 10.000")).toMatchObject({ attribution: "Washington", scope: { place: "RU" } });
    expect(byQuote("mehrere Tausend")).toMatchObject({ attribution: "Wladimir Putin", certainty: "stated" });
    const more = all.filter((c) => c.quote.startsWith("mehr als 10.000"));
    expect(more.map((c) => c.certainty).sort()).toEqual(["hedged", "reported"]);
    expect(more.find((c) => c.certainty === "hedged")?.attribution).toBe("Ukrainian intelligence");
  });

  test("the Kremlin's confirmation is dated the day before publication, and asks who confirmed first", () => {
    const confirm = facets.find((f) => f.key === "date:confirm");
    // "the day before" needs the day of publication; without it there is no date to file.
    if (!publishedAt) return expect(confirm).toBeUndefined();
    expect(confirm?.label).toBe("Who confirmed it first?");
    const claims = claimsOf(confirm, articles);
    expect(claims.map((c) => `${c.attribution} ${formatClaimValue(c.value)}`)).toContain("Kreml 2024-11-29..2024-11-29 day");
  });

  test("find no quantity that is not a troop count", () => {
    const subjects = new Set(articles.flatMap((a) => a.candidates.filter((c) => c.valueKind === "quantity").map((c) => c.subject)));
    expect([...subjects]).toEqual(["troops"]);
  });
});
