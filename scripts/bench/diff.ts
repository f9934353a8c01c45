// npx tsx --conditions=react-server scripts/bench/diff.ts – our word diff against the `diff` package.
// Two ~50 KB revisions of a generated German article (a story updated in ~6% of its sentences);
// both libraries' word diffs are timed on the same pair, and the ratio of the medians printed
// (target: ours ≤ 0.25 × theirs), with the size of each diff in changed characters (ours must be
// at least as small: a bigger diff would mark unchanged words as changed).
import { diffWords } from "@/lib/diff";
import { editArticle, generateArticle } from "./support/generate-prose";
import { median, ms, timeRuns } from "./support/measure";
import { createRandom } from "./support/random";

const RUNS = 15;
const BYTES = 50 * 1024;

type JsdiffChange = { value: string; added?: boolean; removed?: boolean };
type Jsdiff = { diffWords: (a: string, b: string) => JsdiffChange[] };

// `diff` is a devDependency only the benchmark uses; a bare specifier in a variable keeps the
// type checker from requiring it when it is not installed. BENCH_DIFF_MODULE may point at a copy
// installed elsewhere (a file path or URL), to measure before adding the dependency.
async function loadJsdiff(): Promise<Jsdiff | null> {
  const specifier = process.env.BENCH_DIFF_MODULE || "diff";
  try {
    return (await import(specifier)) as Jsdiff;
  } catch {
    return null;
  }
}

const random = createRandom(20241025);
const before = generateArticle(random, BYTES);
const after = editArticle(random, before, 0.06);
console.log(`Texts: ${(Buffer.byteLength(before) / 1024).toFixed(1)} KB before, ${(Buffer.byteLength(after) / 1024).toFixed(1)} KB after`);

const ours = diffWords(before, after);
const oursChanged = ours.filter((s) => s.kind !== "equal").reduce((n, s) => n + s.text.length, 0);
const rebuilt = (keep: "insert" | "delete") => ours.filter((s) => s.kind !== keep).map((s) => s.text).join("");
if (rebuilt("insert") !== before || rebuilt("delete") !== after) throw new Error("lib/diff did not give back both texts");
const oursTime = median(timeRuns(() => diffWords(before, after), RUNS));
console.log(`lib/diff diffWords       ${ms(oursTime).padStart(10)}  median of ${RUNS}; ${ours.length} segments, ${oursChanged} changed characters`);

const jsdiff = await loadJsdiff();
if (!jsdiff) {
  console.log("diff (npm) diffWords      not installed: add it with `npm install --save-dev diff` to get the ratio.");
} else {
  const theirs = jsdiff.diffWords(before, after);
  const theirsChanged = theirs.filter((c) => c.added || c.removed).reduce((n, c) => n + c.value.length, 0);
  const theirsTime = median(timeRuns(() => jsdiff.diffWords(before, after), RUNS));
  console.log(`diff (npm) diffWords     ${ms(theirsTime).padStart(10)}  median of ${RUNS}; ${theirs.length} changes, ${theirsChanged} changed characters`);
  const ratio = oursTime / theirsTime;
  console.log(`\nratio lib/diff / diff: ${ratio.toFixed(3)} (target ≤ 0.25) ${ratio <= 0.25 ? "✓" : "✗"}`);
  console.log(`changed characters, ours / theirs: ${oursChanged} / ${theirsChanged} ${oursChanged <= theirsChanged ? "✓ ours is at least as small" : "✗ ours is larger"}`);
}
