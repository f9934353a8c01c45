import fs from "node:fs";
import { extractClaims } from "./extract-claims";
import { tokenize } from "./tokenize";
const base = fs.readdirSync("/work/shared/seeds").map((f) => fs.readFileSync("/work/shared/seeds/" + f, "utf8")).join("\n\n");
const lang = (process.argv[2] ?? "de") as "de" | "en";
const src = process.argv[3] ? fs.readFileSync(process.argv[3], "utf8") : base;
const text = src.repeat(Math.ceil(4e6 / src.length));
const mb = text.length / 1e6;
let bt = Infinity, be = Infinity, cands = 0;
for (let r = 0; r < 40; r++) {
  let t = performance.now();
  tokenize(text);
  bt = Math.min(bt, performance.now() - t);
  t = performance.now();
  cands = extractClaims(text, { language: lang, publishedAt: "2024-11-30" }).length;
  be = Math.min(be, performance.now() - t);
}
console.log(`best: tokenize ${(mb / bt * 1000).toFixed(1)} MB/s extract ${(mb / be * 1000).toFixed(1)} MB/s ratio ${(bt / be * 100).toFixed(0)}% cands ${cands}`);
