// npm run bench:extract – how well and how fast extraction works.
// Quality: precision and recall per value kind on our labelled fixture sentences (all, and the
// held-out set written after the rules). Speed: MB/s of article text on one core, for extraction
// and for a bare tokenizer pass over the same text, with their ratio (the target is ≥ 25%).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseArticleFile } from "@/lib/articles";
import { extractClaims, tokenize } from "@/lib/extract";
import { heldOut } from "@/lib/extract/fixtures";
import { scoreFixtures, type FixtureScore } from "@/lib/extract/score-fixtures";

const ROOT = path.join(import.meta.dirname, "../..");
const TARGET_BYTES = 4 * 1024 * 1024;
const RUNS = 9;

function printScore(title: string, score: FixtureScore) {
  console.log(`\n${title}`);
  console.log("| value kind | expected | found | correct | precision | recall |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const [kind, s] of Object.entries(score.byKind)) {
    if (s.expected === 0 && s.predicted === 0) continue;
    console.log(`| ${kind} | ${s.expected} | ${s.predicted} | ${s.correct} | ${s.precision.toFixed(2)} | ${s.recall.toFixed(2)} |`);
  }
}

/** Article texts to time: our demo articles, plus the seed articles when they are beside the repo. */
function loadCorpus(): { text: string; language: "de" | "en" }[] {
  const folders = [path.join(ROOT, "prisma/demo"), path.join(ROOT, "../shared/seeds")].filter((f) => existsSync(f));
  const texts: { text: string; language: "de" | "en" }[] = [];
  for (const folder of folders) {
    for (const name of readdirSync(folder).filter((n) => /\.(txt|md)$/.test(n) && n !== "README.md")) {
      const parsed = parseArticleFile(readFileSync(path.join(folder, name)));
      if (parsed.ok) texts.push({ text: parsed.article.text, language: parsed.article.language === "en" ? "en" : "de" });
    }
  }
  return texts;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function throughput(label: string, bytes: number, pass: () => void): number {
  pass(); // warm up the JIT and the lexicon caches
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    pass();
    times.push(performance.now() - start);
  }
  const mbPerSecond = bytes / 1024 / 1024 / (median(times) / 1000);
  console.log(`${label.padEnd(22)} ${mbPerSecond.toFixed(1).padStart(7)} MB/s  (median of ${RUNS} passes over ${(bytes / 1024 / 1024).toFixed(1)} MB)`);
  return mbPerSecond;
}

printScore("Fixture sentences (all)", scoreFixtures());
printScore("Held-out sentences", scoreFixtures(heldOut));

const corpus = loadCorpus();
const repeated: typeof corpus = [];
let bytes = 0;
while (bytes < TARGET_BYTES) {
  for (const article of corpus) {
    repeated.push(article);
    bytes += Buffer.byteLength(article.text);
  }
}
console.log(`\nSpeed on ${corpus.length} article texts, repeated to ${(bytes / 1024 / 1024).toFixed(1)} MB`);
const bare = throughput("tokenizer (bare pass)", bytes, () => {
  for (const a of repeated) tokenize(a.text);
});
const full = throughput("extraction", bytes, () => {
  for (const a of repeated) extractClaims(a.text, { language: a.language, publishedAt: "2024-11-30" });
});
console.log(`extraction / tokenizer: ${((full / bare) * 100).toFixed(0)}%  (target ≥ 25%)`);
