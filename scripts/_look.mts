// scratch: what an editor sees for a folder of .md articles (not committed)
import { readdirSync, readFileSync } from "node:fs";
import { parseArticleFile } from "@/lib/articles";
import { extractClaims, proposeFacets, formatClaimValue } from "@/lib/extract";
const dir = process.argv[2]!;
const arts: any[] = [];
for (const f of readdirSync(dir).filter((f) => f.endsWith(".md")).sort()) {
  const r: any = parseArticleFile(readFileSync(`${dir}/${f}`));
  if (!r.ok) { console.log(f, r); continue; }
  const a = r.article ?? r.value ?? r;
  const language = a.language, publishedAt = a.publishedAt;
  arts.push({ articleId: f, language, text: a.text, candidates: extractClaims(a.text, { language, publishedAt }) });
}
for (const f of proposeFacets(arts)) {
  console.log(`\n[${f.key}] ${f.label}`);
  for (const c of f.claims) {
    const a = arts.find((x) => x.articleId === c.articleId)!; const k = a.candidates[c.candidateIndex];
    console.log(`   ${c.articleId}: ${formatClaimValue(k.value)} ${k.scope?.place ? "@" + k.scope.place : ""} ${k.attribution ? "by " + k.attribution : ""} ${k.certainty} «${a.text.slice(k.start, k.end)}»`);
  }
}
