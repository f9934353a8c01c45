import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { runCli } from "@/scripts/cli";
import { startArticleServer } from "../support/article-server";
import { setupTestDatabase } from "../support/setup-test-database";

setupTestDatabase();

let server: Awaited<ReturnType<typeof startArticleServer>>;
let tmp: string;
const allow = process.env.CLAIMDIFF_FETCH_ALLOW;

beforeAll(async () => {
  server = await startArticleServer();
  tmp = await mkdtemp(path.join(os.tmpdir(), "claimdiff-urls-"));
});
afterAll(async () => {
  process.env.CLAIMDIFF_FETCH_ALLOW = allow;
  await server.close();
  await rm(tmp, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  const lines: string[] = [];
  const capture = (...args: unknown[]) => void lines.push(args.join(" "));
  const spies = [vi.spyOn(console, "log").mockImplementation(capture), vi.spyOn(console, "error").mockImplementation(capture)];
  try {
    return { code: await runCli(argv), output: lines.join("\n") };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

const articlesOf = (slug: string) =>
  getDb().article.findMany({ where: { event: { slug } }, orderBy: { url: "asc" }, select: { url: true, title: true, publishedAt: true, outlet: { select: { name: true } }, revisions: { select: { text: true } } } });

describe("claimdiff import with URLs", () => {
  test("without the allow-list entry a local address is refused with the reason, and the exit code says so", async () => {
    process.env.CLAIMDIFF_FETCH_ALLOW = "";
    const { code, output } = await cli("import", `${server.base}/article/1`, "--event", "urls-refused");
    expect(code).toBe(1); // nothing imported
    expect(output).toMatch(/127\.0\.0\.1 is a loopback address.*CLAIMDIFF_FETCH_ALLOW/);
    expect(output).toContain("0 new, 0 revised, 0 unchanged, 1 refused");
    expect(await articlesOf("urls-refused")).toEqual([]);
    expect(server.requests()).toBe(0);
  });

  test("allowed, URLs given as arguments and in a --urls file import as articles with title, outlet and date", async () => {
    process.env.CLAIMDIFF_FETCH_ALLOW = "127.0.0.1";
    const list = path.join(tmp, "urls.txt");
    await writeFile(list, `# two more\n${server.base}/article/2\n\n${server.base}/article/3\n`);
    const { code, output } = await cli("import", `${server.base}/article/1`, "--urls", list, "--event", "urls");
    expect(output).toContain("3 new, 0 revised, 0 unchanged, 0 refused");
    expect(code).toBe(0);
    const articles = await articlesOf("urls");
    expect(articles.map((a) => a.title)).toEqual(["Report 1: the river rose by 1 centimetres", "Report 2: the river rose by 2 centimetres", "Report 3: the river rose by 3 centimetres"]);
    expect(articles[0]).toMatchObject({ outlet: { name: "Test Gazette" }, publishedAt: new Date("2025-01-02") });
    expect(articles[0]!.revisions[0]!.text).not.toMatch(/Subscribe|Advertisement|tracking/);
  });

  test("a URL that is not http(s), and a missing page, are refused while the rest imports", async () => {
    process.env.CLAIMDIFF_FETCH_ALLOW = "127.0.0.1";
    const { code, output } = await cli("import", "ftp://example.org/a.txt", `${server.base}/nothing-here`, `${server.base}/article/4`, "--event", "urls-mixed");
    expect(code).toBe(2);
    expect(output).toMatch(/ftp:\/\/example\.org\/a\.txt: .*only http and https/);
    expect(output).toMatch(/nothing-here: .*answered 404/);
    expect(output).toContain("1 new, 0 revised, 0 unchanged, 2 refused");
  });

  test("a missing --urls file is a usage error", async () => {
    const { code, output } = await cli("import", "--urls", path.join(tmp, "nope.txt"), "--event", "urls");
    expect(code).toBe(1);
    expect(output).toMatch(/Cannot read the URL list/);
  });
});
