// npx tsx --conditions=react-server scripts/bench/overview.ts – the event overview's model for a
// generated event of 100 articles × 20 facets (2,000 claims): the pure part of the page (compare
// every facet, build the matrix and the ranked contradictions), the median of several runs.
//
// `--seed` stores the same event as "bench-overview" in the database of DATABASE_URL (replacing
// it), for a server to render. With `--url <base> --page <path> --static <path>` the script then
// times a running server: the median response time of the overview page against a static page of
// the same server under the same load (target ≤ 2).
import { parseArgs } from "node:util";
import { buildEventMatrix } from "@/lib/compare/build-event-matrix";
import { disconnectDb } from "@/lib/db/client";
import { insertGeneratedEvent } from "@/lib/db/insert-generated-event";
import { generateEvent, OVERVIEW_SIZE } from "./support/generate-event";
import { median, ms, timeRuns } from "./support/measure";

const RUNS = 15;

const { values: args } = parseArgs({
  options: {
    url: { type: "string" },
    page: { type: "string" },
    static: { type: "string" },
    requests: { type: "string", default: "200" },
    concurrency: { type: "string", default: "8" },
    seed: { type: "boolean", default: false },
  },
});

const input = generateEvent();
const claims = input.facets.reduce((n, f) => n + f.claims.length, 0);
console.log(`Event: ${input.articles.length} articles × ${input.facets.length} facets, ${claims} claims (${OVERVIEW_SIZE.outlets} outlets)\n`);

const rows: [string, Parameters<typeof buildEventMatrix>[1]][] = [
  ["matrix, all articles", {}],
  ["matrix, disputed only", { disputed: true }],
  ["matrix, one language (de)", { language: "de" }],
];
for (const [label, filters] of rows) {
  const matrix = buildEventMatrix(input, filters);
  const time = median(timeRuns(() => buildEventMatrix(input, filters), RUNS));
  console.log(`${label.padEnd(28)} ${ms(time).padStart(10)}  median of ${RUNS}; ${matrix.rows.length} rows, ${matrix.contradictions.length} contradiction groups`);
}

if (args.seed) {
  const started = performance.now();
  await insertGeneratedEvent("bench-overview", "Generated: 100 articles × 20 facets", input, "bench");
  await disconnectDb();
  console.log(`\nseeded /events/bench-overview in ${ms(performance.now() - started)}`);
}

if (args.url) {
  if (!args.page || !args.static) throw new Error("--url needs --page (the overview's path) and --static (a static page's path)");
  const requests = Number(args.requests);
  const concurrency = Number(args.concurrency);
  /** Response times (ms) of `requests` GETs of `path`, `concurrency` at a time, bodies read in full. */
  const load = async (path: string) => {
    const times: number[] = [];
    let next = 0;
    const worker = async () => {
      while (next < requests) {
        next += 1;
        const start = performance.now();
        const response = await fetch(new URL(path, args.url));
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
        times.push(performance.now() - start);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return median(times);
  };
  await load(args.page); // warm up: compile caches, the database pool
  const page = await load(args.page);
  const staticPage = await load(args.static);
  console.log(`\nserver ${args.url}, ${requests} requests, ${concurrency} at a time`);
  console.log(`overview ${args.page}: ${ms(page)}; static ${args.static}: ${ms(staticPage)}; ratio ${(page / staticPage).toFixed(2)} (target ≤ 2)`);
}
