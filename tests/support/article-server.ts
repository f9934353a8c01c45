import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** Invented articles, as web pages with the clutter of a real site around them. */
export function generatedArticlePage(n: number): string {
  return `<!doctype html><html lang="en"><head><title>Report ${n}: the river rose by ${n} centimetres | Test Gazette</title>
<meta property="og:site_name" content="Test Gazette"><meta property="article:published_time" content="2025-01-${String((n % 28) + 1).padStart(2, "0")}T09:00:00Z">
<script>window.tracking = ${n};</script></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav>
<div class="advert">Advertisement: buy now</div>
<article><h1>Report ${n}: the river rose by ${n} centimetres</h1>
<p>The river rose by ${n} centimetres overnight, the water authority said on Tuesday, and more rain is expected.</p>
<p>Officials counted ${n * 3} households without power in the morning, down from ${n * 4} on Monday evening.</p>
<p>Volunteers filled sandbags along the embankment while the authority kept the flood gates closed.</p></article>
<footer>© Test Gazette</footer></body></html>`;
}

/**
 * A local web server of numbered article pages (/article/N), each answered after `delayMs`, for
 * tests that import from URLs. It listens on 127.0.0.1, which the fetch rules refuse unless
 * CLAIMDIFF_FETCH_ALLOW allows it.
 */
export async function startArticleServer(options: { delayMs?: number } = {}): Promise<{ base: string; requests: () => number; close(): Promise<void> }> {
  let count = 0;
  const server: Server = createServer((req, res) => {
    count += 1;
    const match = /^\/article\/(\d+)$/.exec(req.url ?? "");
    setTimeout(() => {
      if (!match) return void res.writeHead(404).end();
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(generatedArticlePage(Number(match[1])));
    }, options.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests: () => count,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
