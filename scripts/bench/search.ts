// npm run bench:search – search over a generated archive of 100,000 articles (German and English,
// many events, their own people and places): the latency of `searchEverything` (median and p95,
// target p95 ≤ 50 ms) over realistic queries, misspelled names among them, and the import's
// throughput next to a bare COPY of the same texts.
//
//   npm run bench:search                      # 100,000 articles
//   npm run bench:search -- --articles 2000   # a small run, for CI
//   npm run bench:search -- --keep            # keeps its database, and prints its name
//   npm run bench:search -- --database claimdiff_bench_search_123   # times the searches again on a
//                                             # kept database (migrated first; no load, no import)
//
// Uses a database of its own (created and dropped) on DATABASE_URL's server, else on the embedded
// PostgreSQL. The archive is written with COPY, as a bulk load would: events, outlets, articles,
// revisions and the search's paragraphs, then the vocabulary in one statement.
import { randomUUID } from "node:crypto";
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { contentHash, parseArticleFile } from "@/lib/articles";
import { runAdminSql, urlForDatabase } from "@/lib/db/admin-sql";
import { disconnectDb } from "@/lib/db/client";
import { ensureEvent } from "@/lib/db/events";
import { importArticle } from "@/lib/db/import-article";
import { applyMigrations } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open-database";
import { searchEverything } from "@/lib/db/search-everything";
import { searchQuerySchema } from "@/lib/search/schema";
import { splitPassages } from "@/lib/search/split-passages";
import { type CorpusArticle, type CorpusEvent, createFiller, generateArticle, generateEvent, misspell } from "./support/generate-corpus";
import { median, ms } from "./support/measure";
import { createRandom, type Random } from "./support/random";

const { values: args } = parseArgs({
  options: {
    articles: { type: "string", default: "100000" },
    queries: { type: "string", default: "400" },
    import: { type: "string" },
    keep: { type: "boolean", default: false },
    database: { type: "string" },
  },
});
const ARTICLES = Number(args.articles);
const QUERIES = Number(args.queries);
const IMPORTED = Number(args.import ?? Math.min(1000, Math.max(100, Math.round(ARTICLES / 100))));
const PER_EVENT = 100;

const percentile = (values: readonly number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? Number.NaN;
const perSecond = (count: number, millis: number) => `${Math.round((count / millis) * 1000).toLocaleString("en")}/s`;

// ---- the corpus -------------------------------------------------------------------------------
const random = createRandom(20261206);
const filler = createFiller(random);
const events: CorpusEvent[] = Array.from({ length: Math.ceil(ARTICLES / PER_EVENT) }, (_, i) => generateEvent(random, i));
const corpus: CorpusArticle[] = Array.from({ length: ARTICLES }, (_, i) => generateArticle(random, events[i % events.length]!, i, filler, i % events.length));
const bytes = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
console.log(`Corpus: ${ARTICLES.toLocaleString("en")} articles in ${events.length.toLocaleString("en")} events, ${(bytes / 1e6).toFixed(0)} MB of text`);
// Latency on a shared machine says as much about the neighbours as about the code: say how busy it was.
const load = () => os.loadavg()[0]!.toFixed(1);
console.log(`Machine: ${os.cpus().length} cores, load average ${load()} at the start\n`);

// ---- a database of our own --------------------------------------------------------------------
const server = await openDatabase();
// A kept database (`--database`) holds the same corpus (same seed and size): only the searches run.
const reuse = args.database !== undefined;
if (reuse && !/^claimdiff_bench_search_\d+$/.test(args.database!)) throw new Error(`--database takes a name this script printed (claimdiff_bench_search_<n>)`);
const database = args.database ?? `claimdiff_bench_search_${process.pid}`;
if (!reuse) {
  await runAdminSql(server.url, `DROP DATABASE IF EXISTS ${database}`);
  await runAdminSql(server.url, `CREATE DATABASE ${database}`);
}
const url = urlForDatabase(server.url, database);
await applyMigrations(url);
process.env.DATABASE_URL = url;
const client = new pg.Client({ connectionString: url });
await client.connect();

/** COPY rows into a table (text format: backslash, tab and line breaks escaped). */
async function copy(table: string, columns: string[], rows: Iterable<readonly (string | number | null)[]>): Promise<number> {
  const started = performance.now();
  const stream = client.query(copyFrom(`COPY ${table} (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`));
  const escape = (v: string | number | null) => (v === null ? "\\N" : String(v).replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r"));
  let buffer = "";
  for (const row of rows) {
    buffer += `${row.map(escape).join("\t")}\n`;
    if (buffer.length > 1 << 20) {
      if (!stream.write(buffer)) await new Promise((resolve) => stream.once("drain", resolve));
      buffer = "";
    }
  }
  await new Promise<void>((resolve, reject) => {
    stream.on("finish", resolve);
    stream.on("error", reject);
    stream.end(buffer);
  });
  return performance.now() - started;
}

try {
  const loadTotal = reuse ? undefined : await bulkLoad();
  await timeSearches();
  if (loadTotal !== undefined) await timeImport(loadTotal);
} finally {
  await client.end();
  await disconnectDb();
  if (!args.keep && !reuse) await runAdminSql(server.url, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  else console.log(`\nkept the database ${database}`);
  await server.stop();
}

// ---- bulk load with COPY ------------------------------------------------------------------------
async function bulkLoad(): Promise<number> {
  const eventIds = events.map(() => randomUUID());
  const outlets = [...new Set(corpus.map((a) => a.outlet))];
  const outletIds = new Map(outlets.map((name) => [name, randomUUID()]));
  const articleIds = corpus.map(() => randomUUID());
  const revisionIds = corpus.map(() => randomUUID());
  const timings: [string, number][] = [];
  timings.push(["events", await copy("event", ["id", "slug", "title"], events.map((e, i) => [eventIds[i]!, e.slug, e.title]))]);
  timings.push(["outlets", await copy("outlet", ["id", "name"], outlets.map((name) => [outletIds.get(name)!, name]))]);
  timings.push([
    "articles",
    await copy("article", ["id", "event_id", "outlet_id", "title", "url", "language", "published_at"], corpus.map((a, i) => [articleIds[i]!, eventIds[a.event]!, outletIds.get(a.outlet)!, a.title, a.url, a.language, a.publishedAt])),
  ]);
  timings.push(["revisions", await copy("article_revision", ["id", "article_id", "number", "text", "content_hash"], corpus.map((a, i) => [revisionIds[i]!, articleIds[i]!, 1, a.text, contentHash(a.text)]))]);
  function* passages() {
    for (const [i, a] of corpus.entries()) for (const p of splitPassages(a.text)) yield ["article", eventIds[a.event]!, articleIds[i]!, revisionIds[i]!, a.language, p.start, p.end, p.text] as const;
  }
  timings.push(["search paragraphs", await copy("search_entry", ["kind", "event_id", "article_id", "revision_id", "language", "start", "end", "text"], passages())]);
  let started = performance.now();
  await client.query(`INSERT INTO search_term (term)
    SELECT DISTINCT term FROM search_entry, unnest(tsvector_to_array(to_tsvector('public.claimdiff_simple', text))) AS term
     WHERE length(term) BETWEEN 3 AND 40 AND term ~ '[[:alpha:]]' ON CONFLICT DO NOTHING`);
  timings.push(["vocabulary", performance.now() - started]);
  started = performance.now();
  await client.query("VACUUM ANALYZE");
  timings.push(["vacuum analyze", performance.now() - started]);
  const loadTotal = timings.reduce((n, [, t]) => n + t, 0);
  const { rows: sizes } = await client.query<{ entries: string; terms: string; size: string }>(
    `SELECT (SELECT count(*) FROM search_entry) AS entries, (SELECT count(*) FROM search_term) AS terms, pg_size_pretty(pg_database_size(current_database())) AS size`,
  );
  console.log(`Bulk load with COPY: ${timings.map(([what, t]) => `${what} ${(t / 1000).toFixed(1)} s`).join(", ")}`);
  console.log(`  ${(loadTotal / 1000).toFixed(1)} s in all (${perSecond(ARTICLES, loadTotal)}); ${Number(sizes[0]?.entries).toLocaleString("en")} paragraphs, ${Number(sizes[0]?.terms).toLocaleString("en")} words, database ${sizes[0]?.size}\n`);
  return loadTotal;
}

// ---- search latency -------------------------------------------------------------------------------
async function timeSearches() {
  type Query = { category: string; input: Record<string, string>; expect?: number };
  const sampleEvent = (r: Random) => r.int(0, events.length - 1);
  const makers: Record<string, (r: Random) => Query> = {
    "a person's name": (r) => ({ category: "", input: { q: random.pick(events[sampleEvent(r)]!.facts.people) } }),
    "a misspelled surname": (r) => {
      const e = sampleEvent(r);
      const [first, surname = ""] = events[e]!.facts.people[r.int(0, 2)]!.split(" ");
      return { category: "", input: { q: `${first} ${misspell(r, surname)}` }, expect: e };
    },
    "a place": (r) => ({ category: "", input: { q: events[sampleEvent(r)]!.facts.place } }),
    "a word in another form": (r) => ({ category: "", input: { q: r.pick(["floods", "elections", "protesters", "strikes", "Hochwassers", "Streiks", "Wahlen", "Bränden"]) } }),
    "a phrase": (r) => ({ category: "", input: { q: r.pick(['"worst in living memory"', '"seit Wochen erwartet"', '"told reporters"', '"erneut geprüft"']) } }),
    "a common word in one event": (r) => ({ category: "", input: { q: r.pick(["residents", "Bewohner", "police", "Polizei", "said"]), event: events[sampleEvent(r)]!.slug } }),
    "a common word, everywhere": (r) => ({ category: "", input: { q: r.pick(["residents", "Bewohner", "worst", "Zahlen"]) } }),
    "two words, one language": (r) => ({ category: "", input: { q: `${events[sampleEvent(r)]!.facts.place} ${r.pick(["police", "Polizei", "figures", "Zahlen"])}`, language: r.pick(["de", "en"]) } }),
  };
  const queryRandom = createRandom(7);
  const categories = Object.keys(makers);
  const queries: Query[] = Array.from({ length: QUERIES }, (_, i) => {
    const category = categories[i % categories.length]!;
    return { ...makers[category]!(queryRandom), category };
  });
  for (const q of queries.slice(0, 20)) await searchEverything(searchQuerySchema.parse(q.input)); // warm up: pool, plans, caches
  const times = new Map<string, number[]>();
  let found = 0;
  let misspelled = 0;
  for (const q of queries) {
    const t0 = performance.now();
    const results = await searchEverything(searchQuerySchema.parse(q.input));
    const t = performance.now() - t0;
    times.set(q.category, [...(times.get(q.category) ?? []), t]);
    if (q.expect !== undefined) {
      misspelled += 1;
      if (results.hits.some((h) => h.event.slug === events[q.expect!]!.slug)) found += 1;
    }
  }
  const all = [...times.values()].flat();
  console.log(`Search latency, ${QUERIES} queries one after another (searchEverything: suggestions, search, highlights):`);
  for (const [category, values] of times) {
    console.log(`  ${category.padEnd(28)} median ${ms(median(values)).padStart(9)}   p95 ${ms(percentile(values, 0.95)).padStart(9)}`);
  }
  const p95 = percentile(all, 0.95);
  console.log(`  ${"all".padEnd(28)} median ${ms(median(all)).padStart(9)}   p95 ${ms(p95).padStart(9)}   (target p95 ≤ 50 ms: ${p95 <= 50 ? "met" : "not met"})`);
  console.log(`  misspelled surnames that found their event: ${found} of ${misspelled}; load average ${load()} at the end\n`);

}

// ---- import throughput against a bare COPY --------------------------------------------------------
async function timeImport(loadTotal: number) {
  const importRandom = createRandom(99);
  const importEvents = Array.from({ length: Math.ceil(IMPORTED / PER_EVENT) }, (_, i) => generateEvent(importRandom, events.length + i));
  const imported = Array.from({ length: IMPORTED }, (_, i) => generateArticle(importRandom, importEvents[i % importEvents.length]!, ARTICLES + i, filler, i % importEvents.length));
  const files = imported.map((a) => new TextEncoder().encode(`---\ntitle: "${a.title}"\nurl: "${a.url}"\noutlet: "${a.outlet}"\nlanguage: ${a.language}\npublished: "${a.publishedAt}"\n---\n${a.text}\n`));
  const importEventIds: string[] = [];
  for (const e of importEvents) importEventIds.push((await ensureEvent({ slug: e.slug, title: e.title }, "bench")).id);
  const started = performance.now();
  for (const [i, file] of files.entries()) {
    const parsed = parseArticleFile(file);
    if (!parsed.ok) throw new Error(parsed.reason);
    await importArticle(importEventIds[i % importEventIds.length]!, parsed.article, "bench");
  }
  const importTime = performance.now() - started;
  await client.query("CREATE UNLOGGED TABLE bench_bare_copy (text text)");
  const bareTime = await copy("bench_bare_copy", ["text"], imported.map((a) => [a.text]));
  const importedBytes = imported.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  console.log(`Import of ${IMPORTED.toLocaleString("en")} articles (${(importedBytes / 1e6).toFixed(1)} MB), one at a time, as \`claimdiff import\` does:`);
  console.log(`  importArticle (parse, store, audit, search paragraphs, fingerprint, copy groups, vocabulary): ${(importTime / 1000).toFixed(1)} s, ${perSecond(IMPORTED, importTime)}`);
  console.log(`  bare COPY of the same texts into a table without indexes: ${ms(bareTime)}, ${perSecond(IMPORTED, bareTime)}`);
  console.log(`  ratio ${(importTime / bareTime).toFixed(0)} (the import's time over the bare COPY's)`);
  console.log(`  bulk load above (COPY with search paragraphs, vocabulary, analyze): ${perSecond(ARTICLES, loadTotal)}, ratio to the bare COPY's rate ${((IMPORTED / bareTime) / (ARTICLES / loadTotal)).toFixed(1)}`);
}
