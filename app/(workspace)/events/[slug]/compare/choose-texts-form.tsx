import { labelArticle } from "@/lib/articles/label-articles";
import type { ArticlePair } from "@/lib/compare/article-comparison-schema";
import type { LoadedArticleComparison } from "@/lib/db/load-article-comparison";

type Props = { action: string; articles: LoadedArticleComparison["articles"]; pair: ArticlePair };

// Named like every list of articles (lib/articles/label-articles.ts): never two options alike.
const label = (a: Props["articles"][number]) => (a.outlet && a.publishedAt ? `${labelArticle(a)} — ${a.title}` : labelArticle(a));

/**
 * Which two texts to compare, as a plain GET form. The revision list offers every number any
 * article has; a number an article lacks falls back to its latest (see resolveArticlePair).
 */
export function ChooseTextsForm({ action, articles, pair }: Props) {
  const most = Math.max(1, ...articles.map((a) => a.revisions.length));
  const numbers = Array.from({ length: most }, (_, i) => i + 1);
  // "latest" stays latest when another article is chosen; a number is kept only when it was picked.
  const revisionValue = (choice: ArticlePair["a"]) =>
    articles.find((a) => a.id === choice.articleId)?.revisions[0]?.number === choice.revision ? "" : String(choice.revision);
  const sides = [
    { key: "a", revisionKey: "ar", title: "Left", choice: pair.a },
    { key: "b", revisionKey: "br", title: "Right", choice: pair.b },
  ] as const;
  return (
    <form method="get" action={action} className="mt-4 flex flex-wrap items-end gap-4 text-sm" aria-label="Choose two texts">
      {sides.map((side) => (
        <fieldset key={side.key} className="flex flex-wrap items-end gap-2">
          <legend className="mb-1 text-xs font-medium text-stone-600">{side.title}</legend>
          <label className="flex flex-col gap-1">
            <span className="sr-only">{side.title} article</span>
            <select name={side.key} defaultValue={side.choice.articleId} className="max-w-96 rounded-md border border-stone-300 bg-white px-2 py-1">
              {articles.map((a) => (
                <option key={a.id} value={a.id}>
                  {label(a)}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            <span className="sr-only">{side.title} revision</span>
            <select name={side.revisionKey} defaultValue={revisionValue(side.choice)} className="rounded-md border border-stone-300 bg-white px-2 py-1">
              <option value="">latest revision</option>
              {numbers.map((n) => (
                <option key={n} value={n}>
                  revision {n}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      ))}
      <input type="hidden" name="base" value={pair.baseId} />
      <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-1.5 font-medium hover:bg-stone-100">
        Compare
      </button>
    </form>
  );
}
