import type { Metadata } from "next";
import Link from "next/link";
import { labelArticle } from "@/lib/articles/label-articles";
import { z } from "zod";
import { requireSignedIn } from "@/lib/auth/session";
import { notFound } from "next/navigation";
import { articleComparisonQuerySchema } from "@/lib/compare/article-comparison-schema";
import { buildHeatMap, chooseHeatMapArticles } from "@/lib/compare/build-heat-map";
import { loadArticleComparison } from "@/lib/db/load-article-comparison";
import { articleLengthProblem } from "@/lib/articles";
import { formatCount } from "@/lib/articles/format-count";
import { diffAgainstBase, diffParagraphPair, pairUpParagraphs } from "@/lib/diff";
import { pageBySize, type PageLimits } from "@/lib/paging/page-by-size";
import { eventSlugSchema } from "@/lib/events/schema";
import { EmptyState } from "../../../_components/empty-state";
import { PageLinks } from "../../../_components/page-links";
import { languageName } from "../../../_components/format";
import { ChooseTextsForm } from "./choose-texts-form";
import { HeatLegend, HeatMapText } from "./heat-map";
import { SideBySide } from "./side-by-side";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare articles" };

/** One page of the side-by-side comparison: a few hundred kilobytes of HTML at most. */
const COMPARISON_PAGE: PageLimits = { maxItems: 100, maxSize: 60_000 };
/**
 * The heat map shades every word of the base against every other article; past this length the
 * page would weigh megabytes and take seconds, so longer texts are left out of it, and said so.
 */
const HEAT_MAP_MAX_CHARACTERS = 60_000;

const pageQuerySchema = z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.coerce.number().int().min(1).max(1_000_000).catch(1));

/**
 * The reader's paragraphs are lines; the comparison lines up paragraphs separated by blank lines.
 * Comparing lines as the reader shows them also bounds every row by the import's line limit.
 */
function asLineParagraphs(text: string): string {
  return text.replace(/\n+/g, "\n\n");
}

type Heat = NonNullable<Awaited<ReturnType<typeof loadArticleComparison>>>["heat"];

function heatMapInput(heat: NonNullable<Heat>) {
  const fits = (text: string) => text.length <= HEAT_MAP_MAX_CHARACTERS;
  return {
    base: fits(heat.base.text) ? heat.base.text : null,
    others: heat.others.filter((o) => fits(o.text)),
    leftOut: heat.others.filter((o) => !fits(o.text)).map((o) => o.article),
  };
}

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// GET /events/[slug]/compare – two texts side by side, and the heat map of all articles over one.
export default async function ComparePage({ params, searchParams }: Props) {
  await requireSignedIn();
  const slug = eventSlugSchema.safeParse((await params).slug);
  const search = await searchParams;
  const query = articleComparisonQuerySchema.parse(search);
  const pageNumber = pageQuerySchema.parse(search.page);
  const loaded = slug.success ? await loadArticleComparison(slug.data, query) : null;
  if (!loaded) notFound();
  const { event, articles, pair, left, right, heat } = loaded;
  const action = `/events/${event.slug}/compare`;

  // Texts imported before the length limits existed are not compared: no page could hold them.
  const tooLong = left && right ? [left, right].map((side) => ({ side, problem: articleLengthProblem(side.text) })).filter((t) => t.problem) : [];
  const pairs = left && right && tooLong.length === 0 ? pairUpParagraphs(asLineParagraphs(left.text), asLineParagraphs(right.text)) : [];
  const changed = pairs.filter((r) => r.before !== r.after).length;
  const rowPage = pageBySize(pairs, (r) => (r.before?.length ?? 0) + (r.after?.length ?? 0), COMPARISON_PAGE, { page: pageNumber });
  if (rowPage.items.length === 0 && pageNumber > 1) notFound();
  const rows = rowPage.items.map(diffParagraphPair);
  const pageHref = (number: number) => {
    const next = new URLSearchParams(Object.entries(query).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])));
    next.set("page", String(number));
    return `${action}?${next}`;
  };
  const pageLinks = (label: string) =>
    rowPage.pageCount > 1 ? <PageLinks page={rowPage.page} pageCount={rowPage.pageCount} hrefOf={pageHref} label={label} /> : null;
  const heatInput = heat && heat.base.article ? heatMapInput(heat) : null;
  // Of the texts short enough to draw, those in the base's language: no sentence of another is ever alike.
  const heatArticles = heat && heatInput ? chooseHeatMapArticles(heat.base.article?.language ?? null, heatInput.others, (o) => o.article.language) : null;
  const heatMap =
    heatInput?.base && heatArticles ? buildHeatMap(heatInput.base, diffAgainstBase(heatInput.base, heatArticles.compared.map((o) => o.text))) : null;
  const describe = (side: NonNullable<typeof left>) =>
    `${labelArticle(side.article)}, revision ${side.revision}`;

  return (
    <>
      <nav className="text-sm text-stone-500" aria-label="Breadcrumb">
        <Link href="/events">Events</Link> / <Link href={`/events/${event.slug}`}>{event.title}</Link> /
      </nav>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">Compare articles</h1>

      {!pair || !left || !right ? (
        <div className="mt-6">
          <EmptyState title="No articles to compare">
            Import articles into this event with <code className="font-mono">npm run cli -- import &lt;files&gt; --event {event.slug}</code>.
          </EmptyState>
        </div>
      ) : (
        <>
          <ChooseTextsForm action={action} articles={articles} pair={pair} />

          <section aria-labelledby="side-heading" className="mt-8">
            <h2 id="side-heading" className="text-lg font-semibold">
              Side by side
            </h2>
            <p className="mt-1 text-sm text-stone-600">
              Left: {describe(left)}. Right: {describe(right)}.{" "}
              {tooLong.length > 0
                ? ""
                : left.article.id === right.article.id && left.revision === right.revision
                  ? "That is the same text twice; choose another revision or article."
                  : `${formatCount(changed)} of ${formatCount(pairs.length)} paragraphs differ. Words only on the left are struck through; words only on the right are underlined.`}
              {rowPage.pageCount > 1 ? ` Shown here: rows ${formatCount(rowPage.itemsBefore + 1)}–${formatCount(rowPage.itemsBefore + rows.length)}.` : ""}
            </p>
            {tooLong.map(({ side, problem }) => (
              <p key={`${side.article.id}-${side.revision}`} className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
                “{side.article.title}” (revision {side.revision}) is too long to compare: {problem}.
              </p>
            ))}
            {pageLinks("Pages of the comparison")}
            {rows.length > 0 ? <SideBySide rows={rows} leftLang={left.article.language} rightLang={right.article.language} /> : null}
            {pageLinks("Pages of the comparison, below the texts")}
          </section>

          {heat?.base.article && !heatMap ? (
            <p className="mt-12 max-w-3xl rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              The heat map is drawn for base articles of up to {formatCount(HEAT_MAP_MAX_CHARACTERS)} characters; “{heat.base.article.title}” is
              longer. Choose another base article.
            </p>
          ) : null}
          {heatMap && heat?.base.article && heatInput && heatArticles ? (
            <section aria-labelledby="heat-heading" className="mt-12">
              <h2 id="heat-heading" className="text-lg font-semibold">
                Where the {heatMap.others + 1} articles in {languageName(heat.base.article.language)} part ways
              </h2>
              <p className="mt-1 max-w-3xl text-sm text-stone-600">
                The base article’s text (latest revision), shaded by how many of the other {heatMap.others} articles differ there,
                sentence by sentence: a sentence counts for every article that tells nothing like it, so what no other source reports
                is darkest and what many report is light; where an article has the same sentence edited (a figure corrected, a source
                named), only the changed words count. Point at a word for its numbers.
                {heatArticles.leftOut.length > 0
                  ? ` ${heatArticles.leftOut.length} article${heatArticles.leftOut.length === 1 ? " is" : "s are"} in another language and left out: no sentence of another language is ever alike.`
                  : ""}
                {heatInput.leftOut.length > 0
                  ? ` Left out, being longer than ${formatCount(HEAT_MAP_MAX_CHARACTERS)} characters: ${heatInput.leftOut.map((a) => `“${a.title}”`).join(", ")}.`
                  : ""}
              </p>
              <form method="get" action={action} className="mt-3 flex flex-wrap items-end gap-2 text-sm" aria-label="Choose the base article">
                <input type="hidden" name="a" value={pair.a.articleId} />
                <input type="hidden" name="ar" value={pair.a.revision} />
                <input type="hidden" name="b" value={pair.b.articleId} />
                <input type="hidden" name="br" value={pair.b.revision} />
                <label className="flex flex-col gap-1">
                  <span className="text-xs text-stone-600">Base article</span>
                  <select name="base" defaultValue={pair.baseId} className="max-w-96 rounded-md border border-stone-300 bg-white px-2 py-1">
                    {articles.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.outlet && a.publishedAt ? `${labelArticle(a)} — ${a.title}` : labelArticle(a)}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-1.5 font-medium hover:bg-stone-100">
                  Show
                </button>
              </form>
              <HeatLegend map={heatMap} />
              <HeatMapText map={heatMap} language={heat.base.article.language} />
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
