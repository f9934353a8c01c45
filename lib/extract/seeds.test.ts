import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { formatClaimValue } from "./format-claim-value";
import { proposeFacets } from "./propose-facets";
import type { ClaimCandidate, ProposedFacet } from "./schema";

// The five real articles live outside the repository (their text may not be copied into it); CI has
// them. Only figures and our own descriptions of them appear here.
const SEEDS = path.resolve(import.meta.dirname, "../../../shared/seeds");
const present = fs.existsSync(SEEDS);

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
  const troops = facets.find((f) => f.key === "quantity:troops");
  const kursk = facets.find((f) => f.key === "quantity:troops@Kursk");
  const treaty = facets.find((f) => f.key === "date:treaty-signing");

  test("propose one troop-count facet with every national figure and its interval", () => {
    expect(troops?.label).toBe("North Korean troops in Russia");
    expect(troops?.unit).toBe("troops");
    const found = claimsOf(troops, articles).map(summary);
    expect(found).toEqual(
      expect.arrayContaining([
        "mehrere Tausend [2000, 9999]",
        "fast 10.000 [9000, 10000)",
        "mehr als 10.000 (10000, ∞)",
        "mehr als 10.000 (10000, ∞)",
      ]),
    );
    expect(found.filter((s) => s.startsWith("mehr als 10.000"))).toHaveLength(2);
  });

  test("keep the Kursk figure in a facet of its own", () => {
    expect(kursk?.label).toBe("North Korean troops in the Kursk region");
    expect(claimsOf(kursk, articles).map(summary)).toEqual(["etwa 8.000 [7200, 8800]"]);
  });

  test("propose a treaty-date facet holding June 2024", () => {
    expect(treaty?.label).toBe("Treaty signing date");
    const values = claimsOf(treaty, articles).map((c) => formatClaimValue(c.value));
    expect(values).toContain("2024-06-01..2024-06-30 month");
  });

  test("attribute and qualify the figures as the articles do", () => {
    const all = articles.flatMap((a) => a.candidates);
    const byQuote = (start: string) => all.find((c) => c.quote.startsWith(start));
    expect(byQuote("fast 10.000")).toMatchObject({ attribution: "Washington", scope: { place: "Russia" } });
    expect(byQuote("mehrere Tausend")).toMatchObject({ attribution: "Wladimir Putin", certainty: "stated" });
    const more = all.filter((c) => c.quote.startsWith("mehr als 10.000")).map((c) => c.certainty).sort();
    expect(more).toEqual(["hedged", "reported"]);
  });

  test("find no quantity that is not a troop count", () => {
    const subjects = new Set(articles.flatMap((a) => a.candidates.filter((c) => c.valueKind === "quantity").map((c) => c.subject)));
    expect([...subjects]).toEqual(["troops"]);
  });
});
