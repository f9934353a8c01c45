import jsonld from "jsonld";
import { describe, expect, test } from "vitest";
import { buildReport } from "./build-report";
import { renderClaimReview } from "./render-claimreview";
import { reportOptionsSchema, type VerdictInput } from "./schema";
import { IDS, reportInputFixture } from "./test-fixtures";

const AT = "2026-12-02T12:00:00.000Z";
const S = "https://schema.org/";

// schema.org's own context cannot be fetched here; for the terms we use it amounts to this: every
// term is a schema.org property or type, and `url` values are IRIs.
const SCHEMA_ORG_CONTEXT = { "@context": { "@vocab": S, url: { "@id": `${S}url`, "@type": "@id" } } };
const documentLoader = async (url: string) => {
  if (url.replace(/\/$/, "") !== "https://schema.org") throw new Error(`the test loads no other document (${url})`);
  return { contextUrl: undefined, documentUrl: url, document: SCHEMA_ORG_CONTEXT };
};

// The ClaimReview terms, by schema.org type: what each of our nodes may use.
const TERMS: Record<string, string[]> = {
  ClaimReview: ["url", "claimReviewed", "datePublished", "inLanguage", "author", "reviewRating", "itemReviewed"],
  Rating: ["ratingValue", "bestRating", "worstRating", "alternateName", "ratingExplanation"],
  Claim: ["name", "datePublished", "appearance", "firstAppearance"],
  NewsArticle: ["headline", "url", "datePublished", "inLanguage", "publisher"],
  Organization: ["name", "url"],
  Person: ["name"],
};

type Expanded = Record<string, unknown>;
async function render(verdicts: VerdictInput[] = reportInputFixture().verdicts as VerdictInput[], language = "en") {
  const report = buildReport(reportInputFixture(verdicts), reportOptionsSchema.parse({ language }), AT);
  const json = JSON.parse([...renderClaimReview(report, { baseUrl: "https://claimdiff.example/" })].join(""));
  const expanded = (await jsonld.expand(json, { documentLoader: documentLoader as never })) as Expanded[];
  return { json, expanded };
}
const values = (node: Expanded, term: string) => (node[`${S}${term}`] ?? []) as Expanded[];
const literal = (node: Expanded, term: string) => values(node, term)[0]?.["@value"];

/** Every node's type is a schema.org type we expect, and each of its properties belongs to that type. */
function checkTerms(node: Expanded): void {
  const type = ((node["@type"] as string[] | undefined) ?? [])[0]?.replace(S, "");
  expect(Object.keys(TERMS), `type ${type}`).toContain(type);
  for (const key of Object.keys(node).filter((k) => !k.startsWith("@"))) {
    expect(key.startsWith(S), key).toBe(true);
    expect(TERMS[type!], `${type}.${key}`).toContain(key.replace(S, ""));
    for (const child of node[key] as Expanded[]) if (child["@type"]) checkTerms(child);
  }
}

describe("the ClaimReview JSON-LD", () => {
  test("is one ClaimReview per facet with a verdict, with schema.org terms only", async () => {
    const { expanded } = await render();
    expect(expanded).toHaveLength(1);
    expanded.forEach(checkTerms);
  });

  test("maps the rating to the 1–5 scale with its name, and explains it", async () => {
    const [review] = (await render()).expanded;
    const rating = values(review!, "reviewRating")[0]!;
    expect(literal(rating, "ratingValue")).toBe(2);
    expect(literal(rating, "bestRating")).toBe(5);
    expect(literal(rating, "worstRating")).toBe(1);
    expect(literal(rating, "alternateName")).toBe("Mostly false");
    expect(literal(rating, "ratingExplanation")).toBe("The ministry's figure of more than 10,000 counts people in shelters twice; the almost 10,000 of the fire brigade holds.");
  });

  test("reviews the claim with every article it appears in, the author, the date and the url", async () => {
    const [review] = (await render()).expanded;
    expect(literal(review!, "claimReviewed")).toMatch(/^How many people were evacuated in Germany\? “fast 10\.000 Menschen” \(Feuerwehr\)/);
    expect(literal(review!, "datePublished")).toBe("2026-11-04");
    expect(values(review!, "url")[0]!["@id"]).toBe(`https://claimdiff.example/events/flood-fixture/facets/${IDS.facets.evacuated}`);
    expect(literal(values(review!, "author")[0]!, "name")).toBe("Dana Fact");
    const claim = values(review!, "itemReviewed")[0]!;
    const appearances = values(claim, "appearance");
    expect(appearances.map((a) => literal(values(a, "publisher")[0]!, "name"))).toEqual(["Regio-Kurier", "Pinewood Dispatch", "Dorfbote"]);
    expect(literal(values(claim, "firstAppearance")[0]!, "headline")).toBe("Feuerwehr warnt");
  });

  test.each([
    { rating: "true", value: 5, name: "True" },
    { rating: "mixed", value: 3, name: "Mixed" },
    { rating: "false", value: 1, name: "False" },
    { rating: "unverifiable", value: undefined, name: "Unverifiable" },
    { rating: "no-contradiction", value: undefined, name: "No contradiction once scope or time is considered" },
  ] as const)("rating $rating: value $value, named $name", async ({ rating, value, name }) => {
    const [review] = (await render([{ facetId: IDS.facets.damBreak, rating, explanation: "Checked." }])).expanded;
    const reviewRating = values(review!, "reviewRating")[0]!;
    expect(literal(reviewRating, "ratingValue")).toBe(value);
    expect(literal(reviewRating, "alternateName")).toBe(name);
  });

  test("a verdict without a rating is named by its first sentence, by the newsroom", async () => {
    const [review] = (await render([{ facetId: IDS.facets.damBreak, explanation: "Both say **19 June**. The water authority agrees." }])).expanded;
    const reviewRating = values(review!, "reviewRating")[0]!;
    expect(literal(reviewRating, "alternateName")).toBe("Both say 19 June.");
    expect(literal(reviewRating, "ratingValue")).toBeUndefined();
    expect(literal(values(review!, "author")[0]!, "name")).toBe("Claimdiff");
  });

  test("in German: the rating's name in German", async () => {
    const [review] = (await render(undefined, "de")).expanded;
    expect(literal(values(review!, "reviewRating")[0]!, "alternateName")).toBe("Überwiegend falsch");
    expect(literal(review!, "inLanguage")).toBe("de");
  });
});
