import { describe, expect, test } from "vitest";
import { exportFixture } from "@/lib/report/test-fixtures";
import { jsonPath, readEventExport } from "./read-event-export";
import type { EventExport } from "./schema";

const text = (data: unknown) => JSON.stringify(data);
const broken = (change: (data: EventExport & Record<string, unknown>) => void) => {
  const data = exportFixture() as EventExport & Record<string, unknown>;
  change(data);
  return readEventExport(text(data));
};

test("a valid export reads back as it was", () => {
  const result = readEventExport(text(exportFixture()));
  expect(result).toEqual({ ok: true, data: exportFixture() });
});

test("an export made before figure statuses were exported reads, its claims' stages unsaid", () => {
  const older = exportFixture();
  for (const facet of older.facets) for (const claim of facet.claims) delete claim.figureStatus;
  const result = readEventExport(text(older));
  expect(result.ok).toBe(true);
  if (result.ok) expect(result.data.facets.flatMap((f) => f.claims).filter((c) => c.figureStatus !== undefined)).toEqual([]);
});

describe("a file that is not an export this version restores is refused at its first problem", () => {
  test.each([
    { label: "not JSON", input: "{ not json", path: "$", message: /not valid JSON/ },
    { label: "not an export", input: "[1, 2]", path: "$.schemaVersion", message: /not a Claimdiff export/ },
    { label: "another schema version", input: text({ ...exportFixture(), schemaVersion: 1 }), path: "$.schemaVersion", message: /is 1; .* schemaVersion 2/ },
  ])("$label", ({ input, path, message }) => {
    const result = readEventExport(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.path).toBe(path);
      expect(result.problem.message).toMatch(message);
    }
  });

  test.each([
    { label: "a value of the wrong type", change: (d: EventExport) => void ((d.facets[1]!.claims[0]!.start as unknown) = "12"), path: "$.facets[1].claims[0].start" },
    { label: "a bad enum", change: (d: EventExport) => void ((d.facets[0]!.claims[1]!.certainty as string) = "sure"), path: "$.facets[0].claims[1].certainty" },
    { label: "an unknown figure status", change: (d: EventExport) => void ((d.facets[1]!.claims[0]!.figureStatus as string) = "estimated"), path: "$.facets[1].claims[0].figureStatus" },
    { label: "a missing field", change: (d: EventExport) => void delete (d.articles[2] as Partial<EventExport["articles"][number]>).language, path: "$.articles[2].language" },
    { label: "an interval upside down", change: (d: EventExport) => void Object.assign(d.facets[1]!.claims[0]!.value, { min: 20000 }), path: "$.facets[1].claims[0].value" },
    { label: "a changed revision text", change: (d: EventExport) => void (d.articles[0]!.revisions[0]!.text += "!"), path: "$.articles[0].revisions[0].contentHash" },
    { label: "a claim on a revision that is not there", change: (d: EventExport) => void (d.facets[0]!.claims[0]!.revisionId = "00000000-0000-4000-8000-000000000999"), path: "$.facets[0].claims[0].revisionId" },
    { label: "a claim on another article's revision", change: (d: EventExport) => void (d.facets[0]!.claims[0]!.articleId = d.articles[1]!.id), path: "$.facets[0].claims[0].articleId" },
    { label: "a quote that is not the text there", change: (d: EventExport) => void (d.facets[0]!.claims[0]!.quote = "am 20. Juni 2024"), path: "$.facets[0].claims[0].quote" },
    { label: "offsets past the text", change: (d: EventExport) => void (d.annotations[0]!.position.end = 100_000), path: "$.annotations[0].position.end" },
    { label: "a duplicate id", change: (d: EventExport) => void (d.facets[2]!.id = d.facets[0]!.id), path: "$.facets[2].id" },
    { label: "a note on an unknown claim", change: (d: EventExport) => void (d.annotations[0]!.claimId = "00000000-0000-4000-8000-000000000998"), path: "$.annotations[0].claimId" },
    {
      label: "a verdict on an unknown facet",
      change: (d: EventExport) =>
        void d.verdicts.push({ id: "00000000-0000-4000-8000-000000000997", facetId: "00000000-0000-4000-8000-000000000996", text: "x", createdAt: "2026-11-01T00:00:00.000Z" }),
      path: "$.verdicts[0].facetId",
    },
  ])("$label: $path", ({ change, path }) => {
    const result = broken(change);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.path).toBe(path);
  });
});

test.each([
  { path: [], expected: "$" },
  { path: ["facets", 2, "claims", 0, "start"], expected: "$.facets[2].claims[0].start" },
  { path: ["odd key"], expected: '$["odd key"]' },
])("jsonPath $expected", ({ path, expected }) => {
  expect(jsonPath(path)).toBe(expected);
});
