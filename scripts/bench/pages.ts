// npm run bench:pages – the event overview and a facet view of a generated event (100 articles ×
// 20 facets, 2,000 claims) against `/events`, the lightest signed-in page, on the production
// build, signed in as the demo admin, 4 clients at a time: p50, p95 and HTML size of each, and
// each page's p50 divided by `/events`' (the floor, measured in the same run; target ≤ 2, and
// HTML ≤ 300 KB). Every response must be the page itself: a redirect (to the sign-in page, say)
// stops the run, so it never times the wrong page.
//
// By default it starts the app on a database of its own (see startBenchServer: PORT, and
// DATABASE_URL or the embedded PostgreSQL) and stops it afterwards. `--quick` (CI): 20 articles ×
// 5 facets and 12 requests a page. `--requests N`, `--concurrency N` override; `--articles N` and
// `--facets N` set the event's size (e.g. 500 × 50). `--cpu-prof DIR`: the app's processes write
// V8 CPU profiles into DIR when the run ends (the server's is serve-<pid>.cpuprofile).
//
// Beside the response times, it prints the app's CPU time per request of each page (its processes'
// user + system time from /proc over the page's requests, Linux only) and its ratio to the
// floor's: on a machine busy with other work, response times mostly measure the queue for the
// cores, CPU time much less.
import { parseArgs } from "node:util";
import { BENCH_ADMIN, startBenchServer } from "./support/bench-server";
import { OVERVIEW_SIZE } from "./support/generate-event";
import { getPage, loadPage, summarize } from "./support/http-load";
import { ms } from "./support/measure";
import { processTreeCpuMs } from "./support/process-cpu";
import { seedBenchEvent } from "./support/seed-bench-event";
import { signIn } from "./support/sign-in";

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    "cpu-prof": { type: "string" },
    requests: { type: "string" },
    concurrency: { type: "string", default: "4" },
    articles: { type: "string" },
    facets: { type: "string" },
  },
});
const base = args.quick ? { ...OVERVIEW_SIZE, articles: 20, facets: 5 } : OVERVIEW_SIZE;
const size = { ...base, articles: Number(args.articles ?? base.articles), facets: Number(args.facets ?? base.facets) };
const requests = Number(args.requests ?? (args.quick ? 12 : 100));
const concurrency = Number(args.concurrency);

const server = await startBenchServer({ cpuProfileDir: args["cpu-prof"] });
try {
  const event = await seedBenchEvent(server.databaseUrl, size);
  console.log(`Event: ${event.articles} articles × ${event.facets} facets, ${event.claims} claims`);
  const cookie = await signIn(server.baseUrl, BENCH_ADMIN.email, BENCH_ADMIN.password);
  console.log(`Signed in as ${BENCH_ADMIN.email}; ${server.baseUrl}, ${requests} requests a page, ${concurrency} at a time\n`);

  const pages = [
    { label: "/events (floor)", path: "/events" },
    { label: "event overview", path: event.overview },
    { label: "facet view", path: event.facetView },
  ];
  for (const page of pages) await getPage(server.baseUrl, page.path, cookie); // warm up: compile caches, the pool
  const results = [];
  for (const page of pages) {
    const cpuBefore = processTreeCpuMs(server.pid);
    const samples = await loadPage(server.baseUrl, page.path, cookie, requests, concurrency);
    const cpuAfter = processTreeCpuMs(server.pid);
    const cpu = cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / samples.length;
    results.push({ ...page, ...summarize(samples), cpu, statuses: [...new Set(samples.map((s) => s.status))].join(",") });
  }
  const floor = results[0]!.p50;
  const cpuFloor = results[0]!.cpu;
  const cpuOf = (cpu: number | null) => (cpu === null ? "–" : ms(cpu));
  const cpuRatio = (cpu: number | null) => (cpu === null || !cpuFloor ? "–" : (cpu / cpuFloor).toFixed(2));
  console.log("| page | path | status | p50 | p95 | HTML | p50 ÷ /events | CPU/request | CPU ÷ /events |");
  console.log("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of results) {
    console.log(
      `| ${r.label} | ${r.path} | ${r.statuses} | ${ms(r.p50)} | ${ms(r.p95)} | ${(r.bytes / 1024).toFixed(0)} KB | ${(r.p50 / floor).toFixed(2)} | ${cpuOf(r.cpu)} | ${cpuRatio(r.cpu)} |`,
    );
  }
  for (const r of results.slice(1)) {
    const ratio = r.p50 / floor;
    console.log(`${r.label}: ${ratio.toFixed(1)}× /events (target ≤ 2) ${ratio <= 2 ? "✓" : "✗"}; ${(r.bytes / 1024).toFixed(0)} KB (target ≤ 300 KB) ${r.bytes <= 300 * 1024 ? "✓" : "✗"}`);
  }
} finally {
  await server.stop();
}
