import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, test, vi } from "vitest";
import { disconnectDb, getDb } from "@/lib/db/client";
import { runCli } from "@/scripts/cli";
import { runAdminSql, uniqueDatabaseName, urlForDatabase } from "../support/database-admin";
import { setupTestDatabase } from "../support/setup-test-database";
import { expectValidExport } from "../support/validate-export";

// Every format from the CLI against a real database holding the demo event with its claims, a
// verdict and a note; and the round trip: export → import-report into an empty database → export
// again gives the same bytes.

const databaseUrl = setupTestDatabase();
const DEMO = "nk-troops-russia";

/** Runs the CLI in this process and returns its exit code and everything it printed. */
async function cli(...argv: string[]) {
  const lines: string[] = [];
  const capture = (...args: unknown[]) => void lines.push(args.join(" "));
  const log = vi.spyOn(console, "log").mockImplementation(capture);
  const error = vi.spyOn(console, "error").mockImplementation(capture);
  try {
    return { code: await runCli(argv), output: lines.join("\n") };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

/** Points lib/db (and the CLI) at `url` until the next call. */
async function useDatabase(url: string) {
  await disconnectDb();
  process.env.DATABASE_URL = url;
}

let tmp: string;
let emptyUrl: string;
let stagedClaimId: string;
const file = (name: string) => path.join(tmp, name);

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "claimdiff-reports-"));
  expect((await cli("demo")).code).toBe(0);
  expect((await cli("extract", "--event", DEMO)).code).toBe(0);
  const facet = await getDb().facet.findFirstOrThrow({ where: { event: { slug: DEMO } }, orderBy: { createdAt: "asc" }, select: { id: true } });
  const claim = await getDb().claim.findFirstOrThrow({ where: { facetId: facet.id }, select: { id: true, revisionId: true, start: true, end: true, quote: true } });
  // The demo's own notes and verdict make way for one of each that this file asserts on.
  await getDb().verdict.deleteMany({ where: { facet: { event: { slug: DEMO } } } });
  await getDb().annotation.deleteMany({ where: { revision: { article: { event: { slug: DEMO } } } } });
  await getDb().verdict.create({
    data: { facetId: facet.id, rating: "mixed", explanation: "The figures differ because they are **dated differently**.", authorName: "Dana Fact" },
  });
  await getDb().annotation.create({
    data: { revisionId: claim.revisionId, claimId: claim.id, exact: claim.quote, start: claim.start, end: claim.end, body: "Ask the ministry.", tags: ["check"], authorName: "Dana Fact" },
  });
  // One claim gets a figure status of a person's choosing, so the round trip is seen to carry it.
  await getDb().claim.update({ where: { id: claim.id }, data: { figureStatus: "provisional" } });
  stagedClaimId = claim.id;

  const { serverUrl, template } = inject("testDatabase");
  const name = uniqueDatabaseName("claimdiff_restore");
  await runAdminSql(serverUrl, `CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(template)}`);
  emptyUrl = urlForDatabase(serverUrl, name);
});

afterAll(async () => {
  await useDatabase(databaseUrl());
  const { serverUrl } = inject("testDatabase");
  await runAdminSql(serverUrl, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(new URL(emptyUrl).pathname.slice(1))} WITH (FORCE)`);
  await rm(tmp, { recursive: true, force: true });
});

describe("claimdiff export, every format from the demo event", () => {
  test.each([
    { format: "md", check: (bytes: Buffer) => expect(bytes.toString()).toMatch(/^# North Korean troops in Russia's war against Ukraine\n/) },
    { format: "html", check: (bytes: Buffer) => expect(bytes.toString()).toMatch(/^<!doctype html>[\s\S]*<mark>[\s\S]*<svg[\s\S]*<\/html>\n$/) },
    { format: "pdf", check: (bytes: Buffer) => expect(bytes.subarray(0, 5).toString()).toBe("%PDF-") },
    { format: "csv", check: (bytes: Buffer) => expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf])) },
    { format: "claimreview", check: (bytes: Buffer) => expect(JSON.parse(bytes.toString())["@graph"]).toHaveLength(1) },
  ])("$format", async ({ format, check }) => {
    const out = file(`demo.${format}`);
    const { code, output } = await cli("export", "--event", DEMO, "--format", format, "--out", out);
    expect(code, output).toBe(0);
    expect(output).toMatch(new RegExp(`Wrote ${format} of "${DEMO}" \\(7 articles`));
    check(await readFile(out));
  });

  test("json validates against the generated JSON Schema and holds the verdict and the note", async () => {
    const out = file("demo.json");
    expect((await cli("export", "--event", DEMO, "--format", "json", "--out", out)).code).toBe(0);
    const data = JSON.parse(await readFile(out, "utf8"));
    await expectValidExport(data);
    expect(data.verdicts).toHaveLength(1);
    expect(data.annotations).toHaveLength(1);
  });

  test("the German report, disputed facets only, without notes", async () => {
    const out = file("demo-de.md");
    expect((await cli("export", "--event", DEMO, "--format", "md", "--language", "de", "--disputed-only", "--without-notes", "--out", out)).code).toBe(0);
    const markdown = await readFile(out, "utf8");
    expect(markdown).toContain("## Zusammenfassung");
    expect(markdown).toContain("| Optionen | nur umstrittene Fragen; ohne Anmerkungen |");
    expect(markdown).not.toContain("Ask the ministry.");
    expect(markdown).not.toMatch(/\*\*übereinstimmend\*\*/);
  });

  test("an unknown event, format or option is refused with exit code 1", async () => {
    expect((await cli("export", "--event", "no-such-event", "--format", "md")).code).toBe(1);
    expect((await cli("export", "--event", DEMO, "--format", "docx")).output).toMatch(/md.*html.*pdf.*csv.*json.*claimreview/s);
    expect((await cli("export", "--event", DEMO, "--format", "md", "--language", "fr")).code).toBe(1);
  });
});

describe("claimdiff import-report", () => {
  test("restores the export into an empty database, and exporting it there gives the same bytes, ids included", async () => {
    const first = file("round-trip-1.json");
    const second = file("round-trip-2.json");
    expect((await cli("export", "--event", DEMO, "--format", "json", "--out", first)).code).toBe(0);

    await useDatabase(emptyUrl);
    expect(await getDb().event.count()).toBe(0);
    const restored = await cli("import-report", first);
    expect(restored.code, restored.output).toBe(0);
    expect(restored.output).toMatch(/Restored "nk-troops-russia": 7 articles \(8 revisions\), \d+ facets, \d+ claims, 1 notes, 1 verdicts\./);
    expect((await cli("export", "--event", DEMO, "--format", "json", "--out", second)).code).toBe(0);

    const [before, after] = await Promise.all([readFile(first), readFile(second)]);
    expect(after.equals(before), "the second export differs from the first").toBe(true);
    const stagesOf = (bytes: Buffer) =>
      (JSON.parse(bytes.toString()) as { facets: { claims: { id: string; figureStatus?: string }[] }[] }).facets
        .flatMap((f) => f.claims)
        .filter((c) => c.figureStatus !== undefined)
        .map((c) => [c.id, c.figureStatus]);
    expect(stagesOf(after)).toContainEqual([stagedClaimId, "provisional"]);
    expect(await getDb().claim.findUniqueOrThrow({ where: { id: stagedClaimId }, select: { figureStatus: true } })).toEqual({ figureStatus: "provisional" });
    expect(await getDb().auditEvent.count({ where: { entityType: "event", action: "create" } })).toBe(1);
  });

  test("refuses to restore an event this database has already, and writes nothing", async () => {
    await useDatabase(emptyUrl);
    const audit = await getDb().auditEvent.count();
    const again = await cli("import-report", file("round-trip-1.json"));
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/has an event "nk-troops-russia" already; nothing was written/);
    expect(await getDb().auditEvent.count()).toBe(audit);
  });

  test("refuses a corrupted file with the JSON path of its first problem, and writes nothing", async () => {
    await useDatabase(emptyUrl);
    const data = JSON.parse(await readFile(file("round-trip-1.json"), "utf8"));
    data.facets[0].claims[0].start = "twelve";
    data.articles[1].revisions[0].text += " (edited)";
    await writeFile(file("corrupted.json"), JSON.stringify(data));
    const counts = async () => Promise.all([getDb().event.count(), getDb().article.count(), getDb().outlet.count(), getDb().auditEvent.count()]);
    const before = await counts();

    const refused = await cli("import-report", file("corrupted.json"));
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/corrupted\.json: \$\.facets\[0\]\.claims\[0\]\.start: .*Nothing was written\./);
    expect(await counts()).toEqual(before);

    await writeFile(file("truncated.json"), (await readFile(file("round-trip-1.json"), "utf8")).slice(0, 5000));
    const truncated = await cli("import-report", file("truncated.json"));
    expect(truncated.code).toBe(1);
    expect(truncated.output).toMatch(/truncated\.json: \$: not valid JSON/);
    expect(await counts()).toEqual(before);
  });

  test("a missing file or a second argument is refused with exit code 1", async () => {
    expect((await cli("import-report", file("missing.json"))).output).toMatch(/cannot be read/);
    expect((await cli("import-report", "a.json", "b.json")).code).toBe(1);
  });
});
