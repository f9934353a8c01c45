// npm run bench:diff – our word diff against the `diff` package (the floor, measured in the same run).
// Two revisions of a generated German article (a story updated in ~6% of its sentences, ~50 KB);
// both libraries' word diffs are timed on the same pair, and the ratio of the medians printed
// (target: ours ≤ 0.25 × theirs), with the size of each diff in changed characters (ours must be
// no larger: a bigger diff would mark unchanged words as changed).
// `--quick` (CI): 5 runs. `--bytes N`, `--runs N` set the size and the runs.
import { parseArgs } from "node:util";
import { diffTexts, diffWords, type DiffSegment } from "@/lib/diff";
import { editArticle, generateArticle } from "./support/generate-prose";
import { median, ms, timeRuns } from "./support/measure";
import { createRandom } from "./support/random";

const { values: args } = parseArgs({
  options: { quick: { type: "boolean", default: false }, bytes: { type: "string" }, runs: { type: "string" } },
});
const RUNS = Number(args.runs ?? (args.quick ? 5 : 15));
const BYTES = Number(args.bytes ?? 50 * 1024);

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

const changedCharacters = (segments: readonly DiffSegment[]) =>
  segments.filter((s) => s.kind !== "equal").reduce((n, s) => n + s.text.length, 0);
const given = (segments: readonly DiffSegment[], leave: "insert" | "delete") =>
  segments.filter((s) => s.kind !== leave).map((s) => s.text).join("");

const random = createRandom(20241025);
const before = generateArticle(random, BYTES);
const after = editArticle(random, before, 0.06);
console.log(`Texts: ${(Buffer.byteLength(before) / 1024).toFixed(1)} KB before, ${(Buffer.byteLength(after) / 1024).toFixed(1)} KB after`);

const ours = diffWords(before, after);
const oursChanged = changedCharacters(ours);
if (given(ours, "insert") !== before || given(ours, "delete") !== after) throw new Error("lib/diff did not give back both texts");
const oursTime = median(timeRuns(() => diffWords(before, after), RUNS));
console.log(`lib/diff diffWords       ${ms(oursTime).padStart(10)}  median of ${RUNS}; ${ours.length} segments, ${oursChanged} changed characters`);

const jsdiff = await loadJsdiff();
if (!jsdiff) {
  console.log("diff (npm) diffWords      not installed: add it with `npm install --save-dev diff` to get the ratio.");
} else {
  const theirs: DiffSegment[] = jsdiff
    .diffWords(before, after)
    .map((c) => ({ kind: c.added ? "insert" : c.removed ? "delete" : "equal", text: c.value }));
  const theirsTime = median(timeRuns(() => jsdiff.diffWords(before, after), RUNS));
  // The package leaves out changes of whitespace alone (its equal runs carry one side's spacing),
  // so its diff does not give back both texts; what it leaves out is counted as changed, so both
  // sizes are those of a diff that gives back both texts.
  const leftOut = changedCharacters(diffTexts(given(theirs, "insert"), before)) + changedCharacters(diffTexts(given(theirs, "delete"), after));
  const theirsChanged = changedCharacters(theirs) + leftOut;
  console.log(
    `diff (npm) diffWords     ${ms(theirsTime).padStart(10)}  median of ${RUNS}; ${theirs.length} changes, ${theirsChanged} changed characters` +
      (leftOut ? ` (${changedCharacters(theirs)} reported + ${leftOut} of whitespace it leaves out)` : ""),
  );
  const ratio = oursTime / theirsTime;
  console.log(`\nratio lib/diff / diff: ${ratio.toFixed(3)} (target ≤ 0.25) ${ratio <= 0.25 ? "✓" : "✗"}`);
  console.log(`changed characters, ours / theirs: ${oursChanged} / ${theirsChanged} ${oursChanged <= theirsChanged ? "✓ ours is no larger" : "✗ ours is larger"}`);
}
