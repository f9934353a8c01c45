import { describe, expect, test } from "vitest";
import { labelsFor } from "./labels";
import { facetHeading } from "./report-text";
import type { ReportFacet } from "./schema";

// A facet's heading counts its contradictions in words a reader would write.
const facet = (contradictions: number) => ({ question: "How many people were evacuated?", status: "disputed", contradictions }) as unknown as ReportFacet;

describe("a facet's heading", () => {
  test.each([
    { language: "en", n: 1, status: "disputed (1 contradiction)" },
    { language: "en", n: 3, status: "disputed (3 contradictions)" },
    { language: "de", n: 1, status: "umstritten (1 Widerspruch)" },
    { language: "de", n: 2, status: "umstritten (2 Widersprüche)" },
  ] as const)("$language, $n", ({ language, n, status }) => {
    expect(facetHeading(facet(n), 0, labelsFor(language)).status).toBe(status);
  });

  test("names no count when nothing contradicts", () => {
    expect(facetHeading(facet(0), 0, labelsFor("en")).status).toBe("disputed");
  });
});
