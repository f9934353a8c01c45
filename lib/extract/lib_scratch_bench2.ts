import fs from "node:fs";
import { getLexicon, Trigger, triggerKey } from "./lexicon";
import { tokenize } from "./tokenize";
import { TokenKind } from "./tokens";
import { extractQuantity } from "./extract-quantity";
import { extractDates } from "./extract-dates";
const base = fs.readdirSync("/work/shared/seeds").map((f) => fs.readFileSync("/work/shared/seeds/" + f, "utf8")).join("\n\n");
const text = base.repeat(Math.ceil(4e6 / base.length));
const lex = getLexicon("de");
function run(mode: number) {
  const ts = tokenize(text);
  const ev: number[] = [];
  let prev = null as ReturnType<typeof extractQuantity>;
  let resume = 0, n = 0;
  for (let i = 0; i < ts.count; i++) {
    const k = ts.kind[i];
    let flags = 0;
    if (k === TokenKind.number) flags = Trigger.quantity;
    else if (k === TokenKind.word) {
      const s = ts.start[i]!, e = ts.end[i]!; const c = text.charCodeAt(s);
      if (c >= 128 || lex.triggerFilter[triggerKey(c, e - s)] === 1) flags = lex.triggers.get(text.slice(s, e)) ?? 0;
    }
    if (!flags) continue;
    if (flags & Trigger.event) ev.push(i);
    if (mode >= 1 && flags & Trigger.quantity && i >= resume) { const f = extractQuantity(ts, i, lex, { y: 2024, m: 11, d: 30 }, prev); if (f) { n++; prev = f; resume = f.last + 1; } }
  }
  if (mode >= 2) n += extractDates(ts, ev, lex, { y: 2024, m: 11, d: 30 }).length;
  return n;
}
for (let r = 0; r < 8; r++) {
  const times = [];
  let t = performance.now(); tokenize(text); times.push(performance.now() - t);
  for (const mode of [0, 1, 2]) { t = performance.now(); run(mode); times.push(performance.now() - t); }
  console.log(times.map((x) => x.toFixed(1)).join(" "));
}
