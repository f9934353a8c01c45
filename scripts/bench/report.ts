// npm run bench:report – every export format for a generated event of 100 articles × 20 facets
// (2,000 claims, a verdict per facet): the time to load the event and to build the report model
// once, then to render each format from that model to its last byte, each as a ratio to a floor
// measured in the same run: JSON.stringify of the same report model (what any format must at
// least do: walk the model and write text). json renders the export, not the model. Medians of
// several runs; prints what it measured (the bytes of each output).
//
// The event is stored as "bench-report" (replaced) in the database of DATABASE_URL, or in the
// embedded PostgreSQL (CLAIMDIFF_PG_PORT), as the CLI would use it.
import { getDb } from "@/lib/db/client";
import { insertGeneratedEvent } from "@/lib/db/insert-generated-event";
import { loadReportInput } from "@/lib/db/load-event-export";
import { buildReport } from "@/lib/report/build-report";
import { REPORT_FORMATS, type ReportFormat } from "@/lib/report/formats";
import { type Chunks, type RenderContext, renderChunks } from "@/lib/report/render-report";
import { reportOptionsSchema } from "@/lib/report/schema";
import { withDatabase } from "../lib/with-database";
import { generateEvent, OVERVIEW_SIZE } from "./support/generate-event";
import { median, ms, timeRuns } from "./support/measure";

const SLUG = "bench-report";
const RUNS = 7;
const PDF_RUNS = 3;

/** Milliseconds of each of `runs` timed runs of an async job, after one untimed run. */
async function timeAsync(work: () => Promise<number>, runs: number): Promise<{ times: number[]; result: number }> {
  let result = await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = await work();
    times.push(performance.now() - start);
  }
  return { times, result };
}

/** Reads a format's output to its last byte; returns its length in bytes. */
async function byteCount(chunks: Chunks): Promise<number> {
  let bytes = 0;
  for await (const chunk of chunks) bytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.byteLength;
  return bytes;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

await withDatabase(async () => {
  const input = generateEvent();
  const claims = input.facets.reduce((n, f) => n + f.claims.length, 0);
  const eventId = await insertGeneratedEvent(SLUG, "Generated: 100 articles × 20 facets", input, "bench");
  const facets = await getDb().facet.findMany({ where: { eventId }, select: { id: true } });
  await getDb().verdict.createMany({
    data: facets.map((f, i) => ({
      facetId: f.id,
      rating: "mixed",
      explanation: `Verdict ${i + 1}: the figures differ because they were **dated differently**.`,
      authorName: "bench",
    })),
  });
  console.log(`Event: ${input.articles.length} articles × ${input.facets.length} facets, ${claims} claims, ${facets.length} verdicts (${OVERVIEW_SIZE.outlets} outlets)\n`);

  const load = await timeAsync(async () => (await loadReportInput(SLUG))!.exported.articles.length, RUNS);
  const loaded = (await loadReportInput(SLUG))!;
  const options = reportOptionsSchema.parse({});
  const context: RenderContext = { input: loaded, options, generatedAt: new Date().toISOString(), baseUrl: "http://localhost:3000" };

  const model = median(timeRuns(() => buildReport(loaded, options, context.generatedAt), RUNS, 2));
  const report = buildReport(loaded, options, context.generatedAt);
  // The floor: the report model (built once outside the timing, as each format builds it inside).
  const floor = median(timeRuns(() => JSON.stringify(report).length, RUNS, 2));
  const floorBytes = Buffer.byteLength(JSON.stringify(report));

  console.log(`${"load the event (lib/db)".padEnd(34)} ${ms(median(load.times)).padStart(10)}`);
  console.log(`${"build the report model".padEnd(34)} ${ms(model).padStart(10)}`);
  console.log(`${"floor: JSON.stringify(model)".padEnd(34)} ${ms(floor).padStart(10)}  ${kb(floorBytes).padStart(8)}\n`);
  console.log(`${"format (render to the last byte)".padEnd(34)} ${"median".padStart(10)}  ${"output".padStart(8)}  ratio to floor`);
  for (const format of Object.keys(REPORT_FORMATS) as ReportFormat[]) {
    const { times, result: bytes } = await timeAsync(() => byteCount(renderChunks(format, context, report)), format === "pdf" ? PDF_RUNS : RUNS);
    const time = median(times);
    console.log(`${`${format} (${REPORT_FORMATS[format].label})`.padEnd(34)} ${ms(time).padStart(10)}  ${kb(bytes).padStart(8)}  ${(time / floor).toFixed(1).padStart(14)}`);
  }
  console.log(`\nmedians of ${RUNS} runs (PDF: ${PDF_RUNS}); a download adds the load and the model to its format's time.`);
});
