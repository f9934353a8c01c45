import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getPage, loadPage, percentile } from "./http-load";

// A stand-in for the app: /page answers only with the session cookie, as the app's proxy does.
let server: Server;
let base = "";
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === "/page" && request.headers.cookie === "claimdiff.session_token=ok") response.end("<html>the page</html>");
    else if (request.url === "/page") response.writeHead(307, { location: "/sign-in?next=%2Fpage" }).end();
    else response.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("getPage", () => {
  test("times the page itself and reports its size", async () => {
    const sample = await getPage(base, "/page", "claimdiff.session_token=ok");
    expect(sample).toMatchObject({ status: 200, bytes: "<html>the page</html>".length });
  });

  test("fails loudly on a redirect to the sign-in page instead of timing it", async () => {
    await expect(getPage(base, "/page", "")).rejects.toThrow("HTTP 307 redirect to /sign-in?next=%2Fpage (not signed in)");
  });

  test("fails on any other status", async () => {
    await expect(getPage(base, "/broken", "")).rejects.toThrow("/broken: HTTP 500");
  });

  test("loadPage makes exactly the requests asked, and stops at the first failure", async () => {
    expect(await loadPage(base, "/page", "claimdiff.session_token=ok", 7, 3)).toHaveLength(7);
    await expect(loadPage(base, "/page", "", 7, 3)).rejects.toThrow("not signed in");
  });
});

describe("percentile", () => {
  test.each([
    { p: 50, expected: 5 },
    { p: 95, expected: 10 },
    { p: 100, expected: 10 },
    { p: 0, expected: 1 },
  ])("p$p of 1..10 is $expected", ({ p, expected }) => {
    expect(percentile([3, 1, 2, 10, 9, 8, 7, 6, 5, 4], p)).toBe(expected);
  });
});
