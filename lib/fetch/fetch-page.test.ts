import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parseAllowList } from "./allow-list";
import { FetchFailedError, FetchRefusedError } from "./fetch-errors";
import { fetchPage, parseContentType, type Resolve } from "./fetch-page";

// A local server stands in for the web. It is on 127.0.0.1, which the rules refuse, so every
// test that reaches it allows it explicitly, as an operator would with CLAIMDIFF_FETCH_ALLOW.
let server: Server;
let base: string;
let port: number;
const seenHosts: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seenHosts.push(req.headers.host ?? "");
    const page = "<html><head><title>Hi</title></head><body><p>Hello</p></body></html>";
    switch (req.url) {
      case "/page":
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
        break;
      case "/redirect-out":
        res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end();
        break;
      case "/redirect-in":
        res.writeHead(301, { location: "/page" }).end();
        break;
      case "/loop":
        res.writeHead(302, { location: "/loop" }).end();
        break;
      case "/image":
        res.writeHead(200, { "content-type": "image/png" }).end(Buffer.alloc(10));
        break;
      case "/big":
        res.writeHead(200, { "content-type": "text/html" }).end("x".repeat(2000));
        break;
      case "/bomb":
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(gzipSync(Buffer.alloc(1_000_000, 32)));
        break;
      case "/gzip":
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(gzipSync(page));
        break;
      case "/slow":
        res.writeHead(200, { "content-type": "text/html" });
        res.write("<p>start");
        break; // never ends
      case "/missing":
        res.writeHead(404).end();
        break;
      case "/broken":
        res.writeHead(503).end();
        break;
      default:
        res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const allowLocal = parseAllowList("127.0.0.1").allow;
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("fetchPage", () => {
  test("fetches a page of an allowed address, with its type and charset", async () => {
    const page = await fetchPage(`${base}/page`, { allow: allowLocal });
    expect(page).toMatchObject({ url: `${base}/page`, mediaType: "text/html", charset: "utf-8" });
    expect(decode(page.bytes)).toContain("<p>Hello</p>");
  });

  test("refuses the same address when the operator has not allowed it, saying why and how to allow it", async () => {
    await expect(fetchPage(`${base}/page`)).rejects.toThrow(/127\.0\.0\.1 is a loopback address.*CLAIMDIFF_FETCH_ALLOW/);
  });

  test("refuses a host name that resolves to a refused address, before connecting", async () => {
    const before = seenHosts.length;
    const resolve: Resolve = async () => [{ address: "127.0.0.1", family: 4 }];
    await expect(fetchPage("https://news.example/story", { resolve })).rejects.toThrow(/news\.example resolves to 127\.0\.0\.1, a loopback address/);
    expect(seenHosts.length).toBe(before);
  });

  test("refuses a host name when any one of its addresses is refused", async () => {
    const resolve: Resolve = async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "10.0.0.8", family: 4 },
    ];
    await expect(fetchPage("https://news.example/story", { resolve })).rejects.toThrow(/10\.0\.0\.8, a private network address/);
  });

  test("connects to the very address it checked (a name only our resolver knows reaches the server)", async () => {
    const resolve: Resolve = async (host) => (host === "only-here.test" ? [{ address: "127.0.0.1", family: 4 }] : []);
    const page = await fetchPage(`http://only-here.test:${port}/page`, { allow: allowLocal, resolve });
    expect(decode(page.bytes)).toContain("Hello");
    expect(seenHosts.at(-1)).toBe(`only-here.test:${port}`);
  });

  test("a host name on another port is refused unless its address is allowed", async () => {
    const resolve: Resolve = async () => [{ address: "127.0.0.1", family: 4 }];
    await expect(fetchPage(`http://only-here.test:${port}/page`, { allow: parseAllowList("10.0.0.0/8").allow, resolve })).rejects.toThrow(
      /standard ports/,
    );
  });

  test("follows a redirect within what is allowed", async () => {
    const page = await fetchPage(`${base}/redirect-in`, { allow: allowLocal });
    expect(page.url).toBe(`${base}/page`);
  });

  test("checks every redirect again: one to the metadata service is refused", async () => {
    await expect(fetchPage(`${base}/redirect-out`, { allow: allowLocal })).rejects.toThrow(/169\.254\.169\.254 is the cloud metadata service/);
  });

  test("stops after too many redirects", async () => {
    await expect(fetchPage(`${base}/loop`, { allow: allowLocal, maxRedirects: 3 })).rejects.toThrow(/more than 3 redirects/);
  });

  test.each([
    { label: "an image", path: "/image", error: FetchRefusedError, message: /image\/png, not a web page/ },
    { label: "a page over the size cap", path: "/big", error: FetchRefusedError, message: /larger than/ },
    { label: "a compressed page that grows past the cap", path: "/bomb", error: FetchRefusedError, message: /larger than/ },
    { label: "a missing page", path: "/missing", error: FetchRefusedError, message: /answered 404/ },
    { label: "a server error (worth retrying)", path: "/broken", error: FetchFailedError, message: /answered 503/ },
    { label: "a page that never ends (worth retrying)", path: "/slow", error: FetchFailedError, message: /within 0\.5 s/ },
  ])("refuses $label", async ({ path, error, message }) => {
    const attempt = fetchPage(`${base}${path}`, { allow: allowLocal, maxBytes: 1000, timeoutMs: 500 });
    await expect(attempt).rejects.toThrow(message);
    await expect(attempt).rejects.toBeInstanceOf(error);
  });

  test("decompresses a gzip page", async () => {
    const page = await fetchPage(`${base}/gzip`, { allow: allowLocal });
    expect(decode(page.bytes)).toContain("<p>Hello</p>");
  });

  test("a refused connection is worth retrying", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(fetchPage(`http://127.0.0.1:${closedPort}/`, { allow: allowLocal })).rejects.toBeInstanceOf(FetchFailedError);
  });
});

describe("parseContentType", () => {
  test.each([
    { header: "text/html; charset=ISO-8859-1", expected: { mediaType: "text/html", charset: "iso-8859-1" } },
    { header: 'Text/HTML;charset="utf-8"', expected: { mediaType: "text/html", charset: "utf-8" } },
    { header: undefined, expected: { mediaType: "", charset: null } },
  ])("$header", ({ header, expected }) => {
    expect(parseContentType(header)).toEqual(expected);
  });
});
