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

/** A word as alignWords takes it: letters and digits, with the punctuation joining them ("1,2", "U.S"). */
const WORD = /[\p{L}\p{N}\p{M}]+(?:[^\s\p{L}\p{N}\p{M}][\p{L}\p{N}\p{M}]+)*/gu;

/** Which characters of `text` lie in a word that the diff keeps partly equal and partly changes. */
function inSplitWords(text: string, equal: Uint8Array): Uint8Array {
  const split = new Uint8Array(text.length);
  for (const match of text.matchAll(WORD)) {
    const end = match.index + match[0].length;
    let kept = 0;
    for (let i = match.index; i < end; i += 1) kept += equal[i]!;
    if (kept > 0 && kept < match[0].length) split.fill(1, match.index, end);
  }
  return split;
}

/**
 * How many more characters a diff changes once no word is split: an equal character inside a
 * word the diff also changes, on either side, becomes one deleted and one inserted.
 */
function splinterCharacters(segments: readonly DiffSegment[]): number {
  const before = given(segments, "insert");
  const after = given(segments, "delete");
  const equal1 = new Uint8Array(before.length);
  const equal2 = new Uint8Array(after.length);
  let at1 = 0;
  let at2 = 0;
  for (const { kind, text } of segments) {
    if (kind === "equal") {
      equal1.fill(1, at1, at1 + text.length);
      equal2.fill(1, at2, at2 + text.length);
    }
    if (kind !== "insert") at1 += text.length;
    if (kind !== "delete") at2 += text.length;
  }
  const split1 = inSplitWords(before, equal1);
  const split2 = inSplitWords(after, equal2);
  let extra = 0;
  at1 = 0;
  at2 = 0;
  for (const { kind, text } of segments) {
    if (kind === "equal") for (let i = 0; i < text.length; i += 1) if (split1[at1 + i] || split2[at2 + i]) extra += 2;
    if (kind !== "insert") at1 += text.length;
    if (kind !== "delete") at2 += text.length;
  }
  return extra;
}

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
  // The package aligns punctuation inside a figure on its own ("1,2" as "1" "," "2", keeping the
  // comma against a comma between two clauses); ours keeps a word whole (see alignWords). Counted
  // as changed, those splinters give the size of the package's diff in our units.
  const splinters = splinterCharacters(theirs);
  const theirsWhole = theirsChanged + splinters;
  if (splinters) console.log(`  with words kept whole: ${theirsWhole} changed characters (${splinters / 2} characters it kept equal by splitting a word or figure, each then deleted and inserted)`);
  const ratio = oursTime / theirsTime;
  console.log(`\nratio lib/diff / diff: ${ratio.toFixed(3)} (target ≤ 0.25) ${ratio <= 0.25 ? "✓" : "✗"}`);
  console.log(
    `changed characters, ours / theirs with words kept whole: ${oursChanged} / ${theirsWhole} ${oursChanged <= theirsWhole ? "✓ ours is no larger" : "✗ ours is larger"}` +
      (splinters ? ` (as the package reports it: ${theirsChanged})` : ""),
  );
}
