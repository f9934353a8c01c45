import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { runCli } from "@/scripts/cli";
import { prerequisite } from "../support/prerequisite";
import { setupTestDatabase } from "../support/setup-test-database";
import { EXPORT_SCHEMA_VERSION } from "@/lib/export/schema";
import { expectValidExport } from "../support/validate-export";

setupTestDatabase();

const SEEDS = path.join(import.meta.dirname, "../../../shared/seeds");
const hasSeeds = prerequisite(`The seed articles (${SEEDS})`, existsSync(SEEDS));

/** Runs the CLI in this process and returns its exit code and everything it printed. */
async function cli(...argv: string[]) {
  const lines: string[] = [];
  const capture = (...args: unknown[]) => void lines.push(args.join(" "));
  const log = vi.spyOn(console, "log").mockImplementation(capture);
  const error = vi.spyOn(console, "error").mockImplementation(capture);
  try {
    const code = await runCli(argv);
    return { code, output: lines.join("\n") };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

async function articlesOf(slug: string) {
  return getDb().article.findMany({
    where: { event: { slug } },
    orderBy: { title: "asc" },
    select: { title: true, language: true, revisions: { select: { number: true, text: true } } },
  });
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "claimdiff-import-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe.skipIf(!hasSeeds)("importing the five seed articles", () => {
  test("creates one German article per file, headline from the first line", async () => {
    const { code, output } = await cli("import", SEEDS, "--event", "nk-russia");
    expect(code).toBe(0);
    expect(output).toContain("5 new, 0 revised, 0 unchanged, 0 refused");
    const articles = await articlesOf("nk-russia");
    expect(articles).toHaveLength(5);
    for (const article of articles) {
      expect(article.language).toBe("de");
      expect(article.revisions).toHaveLength(1);
    }
    expect(articles.map((a) => a.title)).toContain(
      "Nordkorea schickt Soldaten: Pjöngjang bestätigt Unterstützung für Russland",
    );
  });

  test("importing them again creates nothing", async () => {
    const before = await getDb().auditEvent.count();
    const { code, output } = await cli("import", SEEDS, "--event", "nk-russia");
    expect(code).toBe(0);
    expect(output).toContain("0 new, 0 revised, 5 unchanged, 0 refused");
    expect(await getDb().articleRevision.count({ where: { article: { event: { slug: "nk-russia" } } } })).toBe(5);
    expect(await getDb().auditEvent.count()).toBe(before);
  });

  test("exports JSON that validates against the generated JSON Schema", async () => {
    const out = path.join(tmp, "export.json");
    const { code } = await cli("export", "--event", "nk-russia", "--format", "json", "--out", out);
    expect(code).toBe(0);
    const data = JSON.parse(await readFile(out, "utf8"));
    await expectValidExport(data);
    expect(data.schemaVersion).toBe(EXPORT_SCHEMA_VERSION);
    expect(data.event.slug).toBe("nk-russia");
    expect(data.articles).toHaveLength(5);
    expect(data.articles[0].revisions[0].text.length).toBeGreaterThan(500);
  });
});

describe("importing a folder with bad files beside good ones", () => {
  test("refuses each bad file with a reason, writes nothing of it, and imports the rest", async () => {
    const folder = path.join(tmp, "mixed");
    await cp(path.join(import.meta.dirname, "../../prisma/demo"), folder, { recursive: true });
    await writeFile(path.join(folder, "empty.txt"), "");
    await writeFile(path.join(folder, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]));
    await writeFile(path.join(folder, "huge.txt"), Buffer.alloc(6 * 1024 * 1024, "a"));
    await writeFile(path.join(folder, "latin1.txt"), Buffer.from([0x47, 0x72, 0xfc, 0xdf, 0x65, 0x0a]));

    const { code, output } = await cli("import", folder, "--event", "mixed-bag", "--title", "Mixed bag");
    expect(code).toBe(2);
    expect(output).toMatch(/empty\.txt: empty/);
    expect(output).toMatch(/image\.txt: binary/);
    expect(output).toMatch(/huge\.txt: larger than 5 MB \(6\.0 MB\)/);
    expect(output).toMatch(/latin1\.txt: not valid UTF-8/);
    const articles = await articlesOf("mixed-bag");
    // The demo folder's README is an article file too; every good file imported, no bad one did.
    expect(articles.length).toBeGreaterThanOrEqual(7);
    expect(articles.some((a) => a.revisions.some((r) => r.text.includes("aaaa")))).toBe(false);
  });
});

describe("re-importing a changed text", () => {
  test("adds a revision to the same article; the old text stays as it was", async () => {
    const file = path.join(tmp, "report.md");
    const first = "---\nurl: https://harbour-times.example/troops\noutlet: Harbour Times\n---\nTroops\n\nAbout 10,000 soldiers.";
    await writeFile(file, first);
    expect((await cli("import", file, "--event", "revisions")).code).toBe(0);
    await writeFile(file, first.replace("About 10,000", "More than 11,000"));
    const { output } = await cli("import", file, "--event", "revisions");
    expect(output).toContain("0 new, 1 revised");
    const [article] = await articlesOf("revisions");
    expect(article?.revisions.map((r) => r.number).sort()).toEqual([1, 2]);
    expect(article?.revisions.find((r) => r.number === 1)?.text).toContain("About 10,000 soldiers.");
  });

  test("the database refuses to change a stored revision's text", async () => {
    const revision = await getDb().articleRevision.findFirstOrThrow({ select: { id: true } });
    await expect(getDb().articleRevision.update({ where: { id: revision.id }, data: { text: "rewritten" } })).rejects.toThrow(
      /immutable/,
    );
  });
});

describe("the demo event", () => {
  test("loads our own articles, one of them with two revisions, and loading again changes nothing", async () => {
    expect((await cli("demo")).code).toBe(0);
    const articles = await articlesOf("nk-troops-russia");
    expect(articles).toHaveLength(7);
    expect(new Set(articles.map((a) => a.language))).toEqual(new Set(["de", "en"]));
    expect(articles.filter((a) => a.revisions.length === 2)).toHaveLength(1);
    const { output } = await cli("demo");
    expect(output).toContain("0 new, 0 revised, 8 unchanged");
  });

  test("--reset discards edits and reloads it", async () => {
    await getDb().article.deleteMany({ where: { event: { slug: "nk-troops-russia" } } });
    expect((await cli("demo", "--reset")).code).toBe(0);
    expect(await articlesOf("nk-troops-russia")).toHaveLength(7);
  });
});

describe("command-line errors", () => {
  test.each([
    { label: "no files", argv: ["import", "--event", "x"], message: /at least one file/ },
    { label: "a bad slug", argv: ["import", "a.txt", "--event", "Not A Slug"], message: /lowercase/ },
    { label: "an unknown option", argv: ["import", "a.txt", "--evnt", "x"], message: /Unknown option/ },
    { label: "an unknown format", argv: ["export", "--event", "x", "--format", "xml"], message: /json/ },
    { label: "an unknown command", argv: ["frobnicate"], message: /Unknown command/ },
  ])("$label: says what is wrong and exits 1", async ({ argv, message }) => {
    const { code, output } = await cli(...argv);
    expect(code).toBe(1);
    expect(output).toMatch(message);
  });

  test("every command has --help", async () => {
    for (const command of ["import", "export", "demo", "migrate"]) {
      const { code, output } = await cli(command, "--help");
      expect(code).toBe(0);
      expect(output).toMatch(new RegExp(`^Usage: claimdiff ${command}`));
    }
  });
});
