// npx tsx --conditions=react-server scripts/bench/heatmap.ts – the N-way heat map (diffAgainstBase)
// over 20 articles of 5,000 words: one base and 19 others, timed per other article. Two cases:
// versions of one wire story (the case the heat map is for), and independently written articles
// (every word differs, the worst case for the diff).
import { diffAgainstBase } from "@/lib/diff";
import { editArticle, generateArticleOfWords } from "./support/generate-prose";
import { median, ms, timeRuns } from "./support/measure";
import { createRandom } from "./support/random";

const ARTICLES = 20;
const WORDS = 5_000;
const RUNS = 5;

function report(label: string, base: string, others: string[], runs = RUNS) {
  const times = timeRuns(() => diffAgainstBase(base, others), runs, 1);
  const total = median(times);
  const counts = diffAgainstBase(base, others).baseWords.map((w) => w.differingCount);
  const marked = counts.filter((c) => c > 0).length / counts.length;
  console.log(
    `${label.padEnd(34)} ${ms(total / others.length).padStart(10)} per article  (${ms(total)} for ${others.length}, median of ${runs}; ` +
      `${(marked * 100).toFixed(0)}% of base words differ somewhere)`,
  );
}

const random = createRandom(20241101);
const base = generateArticleOfWords(random, WORDS);
console.log(`Base: ${base.split(/\s+/).length} words, ${(Buffer.byteLength(base) / 1024).toFixed(1)} KB; ${ARTICLES - 1} others\n`);
report("versions of one story (6% edited)", base, Array.from({ length: ARTICLES - 1 }, () => editArticle(random, base, 0.06)));
// About ten seconds a run: fewer runs.
report("independently written articles", base, Array.from({ length: ARTICLES - 1 }, () => generateArticleOfWords(random, WORDS)), 3);
