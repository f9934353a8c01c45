// npx tsx --conditions=react-server scripts/bench/heatmap.ts – the N-way heat map (diffAgainstBase)
// over 20 articles of 5,000 words: one base and 19 others, timed per other article. Two cases:
// versions of one wire story, and independently written articles (on the same matters, from the
// same phrases). Also printed: how much of the base differs somewhere, and how much is shaded
// darkest (3/4 of the others or more differ there), which should be little for versions.
// `--quick`: 1,000 words, 1 run.
import { parseArgs } from "node:util";
import { heatLevel } from "@/lib/compare/build-heat-map";
import { diffAgainstBase } from "@/lib/diff";
import { editArticle, generateArticleOfWords } from "./support/generate-prose";
import { median, ms, timeRuns } from "./support/measure";
import { createRandom } from "./support/random";

const { values: args } = parseArgs({ options: { quick: { type: "boolean", default: false } } });
const ARTICLES = 20;
const WORDS = args.quick ? 1_000 : 5_000;
const RUNS = args.quick ? 1 : 5;

function report(label: string, base: string, others: string[], runs = RUNS) {
  const times = timeRuns(() => diffAgainstBase(base, others), runs, 1);
  const total = median(times);
  const counts = diffAgainstBase(base, others).baseWords.map((w) => w.differingCount);
  const share = (test: (count: number) => boolean) => `${((counts.filter(test).length / counts.length) * 100).toFixed(0)}%`;
  console.log(
    `${label.padEnd(34)} ${ms(total / others.length).padStart(10)} per article  (${ms(total)} for ${others.length}, median of ${runs}; ` +
      `base words: ${share((c) => c > 0)} differ somewhere, ${share((c) => heatLevel(c, others.length) === 4)} darkest)`,
  );
}

const random = createRandom(20241101);
const base = generateArticleOfWords(random, WORDS);
console.log(`Base: ${base.split(/\s+/).length} words, ${(Buffer.byteLength(base) / 1024).toFixed(1)} KB; ${ARTICLES - 1} others\n`);
report("versions of one story (6% edited)", base, Array.from({ length: ARTICLES - 1 }, () => editArticle(random, base, 0.06)));
report("independently written articles", base, Array.from({ length: ARTICLES - 1 }, () => generateArticleOfWords(random, WORDS)), Math.min(RUNS, 3));
