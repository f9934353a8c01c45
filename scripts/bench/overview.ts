// npx tsx --conditions=react-server scripts/bench/overview.ts – the event overview's model for a
// generated event of 100 articles × 20 facets (2,000 claims): the pure part of the page (compare
// every facet, build the matrix and the ranked contradictions), the median of several runs.
//
// `--seed` stores the same event as "bench-overview" in the database of DATABASE_URL (replacing
// it), for a server to render. The pages themselves, over HTTP and signed in, are timed by
// `npm run bench:pages`. `--quick`: 3 runs.
import { parseArgs } from "node:util";
import { buildEventMatrix } from "@/lib/compare/build-event-matrix";
import { disconnectDb } from "@/lib/db/client";
import { insertGeneratedEvent } from "@/lib/db/insert-generated-event";
import { generateEvent, OVERVIEW_SIZE } from "./support/generate-event";
import { median, ms, timeRuns } from "./support/measure";

const { values: args } = parseArgs({
  options: { seed: { type: "boolean", default: false }, quick: { type: "boolean", default: false } },
});
const RUNS = args.quick ? 3 : 15;

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
