import fs from "node:fs";
import { extractClaims } from "./extract-claims";
import { tokenize } from "./tokenize";
const base = fs.readdirSync("/work/shared/seeds").map((f) => fs.readFileSync("/work/shared/seeds/" + f, "utf8")).join("\n\n");
const text = base.repeat(Math.ceil(4e6 / base.length));
const mb = text.length / 1e6;
for (let r = 0; r < 12; r++) {
  let t = performance.now();
  const ts = tokenize(text);
  const tt = performance.now() - t;
  t = performance.now();
  const c = extractClaims(text, { language: "de", publishedAt: "2024-11-30" });
  const te = performance.now() - t;
  console.log(`tokens ${ts.count} tokenize ${(mb / tt * 1000).toFixed(1)} MB/s extract ${(mb / te * 1000).toFixed(1)} MB/s ratio ${(tt / te * 100).toFixed(0)}% cands ${c.length}`);
}
