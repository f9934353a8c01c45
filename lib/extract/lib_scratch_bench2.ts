import fs from "node:fs";
import { getLexicon } from "./lexicon";
import { tokenize } from "./tokenize";
import { TokenKind } from "./tokens";
const base = fs.readdirSync("/work/shared/seeds").map((f) => fs.readFileSync("/work/shared/seeds/" + f, "utf8")).join("\n\n");
const text = base.repeat(Math.ceil(4e6 / base.length));
const lex = getLexicon("de");
for (let r = 0; r < 5; r++) {
  let t = performance.now();
  const ts = tokenize(text);
  const tt = performance.now() - t;
  t = performance.now();
  let hits = 0;
  for (let i = 0; i < ts.count; i++) {
    if (ts.kind[i] === TokenKind.word) { const w = text.slice(ts.start[i], ts.end[i]); if (lex.triggers.get(w)) hits++; }
  }
  const tl = performance.now() - t;
  t = performance.now();
  let n = 0;
  for (let i = 0; i < ts.count; i++) { const w = text.slice(ts.start[i], ts.end[i]).toLowerCase(); n += w.length; }
  const tlow = performance.now() - t;
  console.log(`tokenize ${tt.toFixed(1)}ms loop-slice-get ${tl.toFixed(1)}ms lower-all ${tlow.toFixed(1)}ms hits ${hits}`);
}
