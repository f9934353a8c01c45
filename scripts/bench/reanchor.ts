// npm run bench:reanchor – carrying notes and claims to a new revision of their article.
// A generated corpus: 50 articles of ~6 KB (German newsroom prose from a small vocabulary, so
// sentences repeat, plus near-duplicate paragraphs), 20 passages each (1,000), and a next
// revision of each made by 12 random edits (paragraphs inserted, deleted and moved, sentences
// inserted and deleted, words changed beside and inside passages). Every passage's true place
// in the new text is known. Prints how each was carried (must: wrong = 0) and the time to
// re-anchor all 1,000 (wall and CPU time) against a floor measured in the same run: one bare
// indexOf per passage.
import { anchorPassage, type Anchor } from "@/lib/anchoring";
import { generateEditedArticle, type Case, type EditedArticle, type EditKind } from "./support/edited-revisions";
import { median, ms, timeRuns } from "./support/measure";
import { createRandom } from "./support/random";

const ARTICLES = 50;
const NOTES_PER_ARTICLE = 20;
const BYTES = 6 * 1024;
const EDITS = 12;
const RUNS = 25;

const random = createRandom(Number(process.env.BENCH_SEED ?? 20261201));
const corpus: EditedArticle[] = Array.from({ length: ARTICLES }, () => generateEditedArticle(random, BYTES, NOTES_PER_ARTICLE, EDITS));
const total = corpus.reduce((n, a) => n + a.cases.length, 0);

type Outcome =
  | "anchored on its words"
  | "flagged, on its words"
  | "flagged, elsewhere"
  | "flagged, its words were deleted"
  | "orphaned, its words were deleted"
  | "orphaned, its words still there"
  | "WRONG: anchored elsewhere"
  | "WRONG: anchored, its words were deleted";

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start) >= 0.5 * Math.min(a.end - a.start, b.end - b.start);

function judge(c: Case, anchor: Anchor): Outcome {
  if (anchor.state === "orphaned") return c.truth ? "orphaned, its words still there" : "orphaned, its words were deleted";
  if (!c.truth) return anchor.state === "anchored" ? "WRONG: anchored, its words were deleted" : "flagged, its words were deleted";
  const exact = anchor.start === c.truth.start && anchor.end === c.truth.end;
  if (anchor.state === "anchored") return exact ? "anchored on its words" : "WRONG: anchored elsewhere";
  return exact || overlaps(anchor, c.truth) ? "flagged, on its words" : "flagged, elsewhere";
}

const counts = new Map<Outcome, number>();
const edits: Partial<Record<EditKind, number>> = {};
let quoteEdited = 0;
for (const article of corpus) {
  for (const [kind, n] of Object.entries(article.edits)) edits[kind as EditKind] = (edits[kind as EditKind] ?? 0) + n;
  for (const c of article.cases) {
    if (c.quoteEdited) quoteEdited += 1;
    const outcome = judge(c, anchorPassage(c.selectors, article));
    counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  }
}

const deleted = corpus.reduce((n, a) => n + a.cases.filter((c) => !c.truth).length, 0);
console.log(
  `Corpus: ${ARTICLES} articles of ~${BYTES / 1024} KB with near-duplicate paragraphs, ${total} passages (${deleted} deleted by the edits, ` +
    `${quoteEdited} with a word of their own changed); edits: ${Object.entries(edits).map(([k, n]) => `${n} ${k}`).join(", ")}`,
);
const order: Outcome[] = [
  "anchored on its words",
  "flagged, on its words",
  "flagged, elsewhere",
  "flagged, its words were deleted",
  "orphaned, its words were deleted",
  "orphaned, its words still there",
  "WRONG: anchored elsewhere",
  "WRONG: anchored, its words were deleted",
];
for (const outcome of order) console.log(`  ${outcome.padEnd(42)} ${String(counts.get(outcome) ?? 0).padStart(5)}`);
const wrong = (counts.get("WRONG: anchored elsewhere") ?? 0) + (counts.get("WRONG: anchored, its words were deleted") ?? 0);
const moved = counts.get("anchored on its words") ?? 0;
const flagged = order.filter((o) => o.startsWith("flagged")).reduce((n, o) => n + (counts.get(o) ?? 0), 0);
const orphaned = order.filter((o) => o.startsWith("orphaned")).reduce((n, o) => n + (counts.get(o) ?? 0), 0);
console.log(`Summary: moved correctly ${moved}, flagged ${flagged}, orphaned ${orphaned}, wrong ${wrong} (must be 0)`);

const reanchorAll = () => {
  let n = 0;
  for (const article of corpus) for (const c of article.cases) if (anchorPassage(c.selectors, article).state !== "orphaned") n += 1;
  return n;
};
const indexOfAll = () => {
  let n = 0;
  for (const article of corpus) for (const c of article.cases) if (article.after.indexOf(c.selectors.quote.exact) !== -1) n += 1;
  return n;
};
const ours = median(timeRuns(reanchorAll, RUNS));
const floor = median(timeRuns(indexOfAll, RUNS));
// On a shared machine other processes stretch wall time; CPU time (user + system) shows the work itself.
function cpuMedian(work: () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  return median(samples);
}
const oursCpu = cpuMedian(reanchorAll);
const floorCpu = cpuMedian(indexOfAll);
console.log(`Re-anchoring ${total} passages: ${ms(ours)} wall, ${ms(oursCpu)} CPU (medians of ${RUNS}; target ≤ 100 ms)`);
console.log(`Floor, one bare indexOf of each quote in its new text: ${ms(floor)} wall, ${ms(floorCpu)} CPU; ratio ${(ours / floor).toFixed(0)} wall, ${(oursCpu / Math.max(floorCpu, 0.001)).toFixed(0)} CPU`);
process.exitCode = wrong === 0 ? 0 : 1;
