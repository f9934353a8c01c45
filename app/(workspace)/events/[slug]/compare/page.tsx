import type { Metadata } from "next";
import Link from "next/link";
import { requireSignedIn } from "@/lib/auth/session";
import { notFound } from "next/navigation";
import { articleComparisonQuerySchema } from "@/lib/compare/article-comparison-schema";
import { buildHeatMap } from "@/lib/compare/build-heat-map";
import { loadArticleComparison } from "@/lib/db/load-article-comparison";
import { alignParagraphs, diffAgainstBase } from "@/lib/diff";
import { eventSlugSchema } from "@/lib/events/schema";
import { EmptyState } from "../../../_components/empty-state";
import { formatDate } from "../../../_components/format";
import { ChooseTextsForm } from "./choose-texts-form";
import { HeatLegend, HeatMapText } from "./heat-map";
import { SideBySide } from "./side-by-side";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare articles" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// GET /events/[slug]/compare – two texts side by side, and the heat map of all articles over one.
export default async function ComparePage({ params, searchParams }: Props) {
  await requireSignedIn();
  const slug = eventSlugSchema.safeParse((await params).slug);
  const query = articleComparisonQuerySchema.parse(await searchParams);
  const loaded = slug.success ? await loadArticleComparison(slug.data, query) : null;
  if (!loaded) notFound();
  const { event, articles, pair, left, right, heat } = loaded;
  const action = `/events/${event.slug}/compare`;

  const rows = left && right ? alignParagraphs(left.text, right.text) : [];
  const changed = rows.filter((r) => r.before !== r.after).length;
  const heatMap = heat && heat.base.article ? buildHeatMap(heat.base.text, diffAgainstBase(heat.base.text, heat.others.map((o) => o.text))) : null;
  const describe = (side: NonNullable<typeof left>) =>
    `${side.article.outlet ?? "Unknown outlet"}, ${formatDate(side.article.publishedAt ? new Date(side.article.publishedAt) : null)}, revision ${side.revision}`;

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
              {left.article.id === right.article.id && left.revision === right.revision
                ? "That is the same text twice; choose another revision or article."
                : `${changed} of ${rows.length} paragraphs differ. Words only on the left are struck through; words only on the right are underlined.`}
            </p>
            <SideBySide rows={rows} leftLang={left.article.language} rightLang={right.article.language} />
          </section>

          {heatMap && heat?.base.article ? (
            <section aria-labelledby="heat-heading" className="mt-12">
              <h2 id="heat-heading" className="text-lg font-semibold">
                Where all {heat.others.length + 1} articles part ways
              </h2>
              <p className="mt-1 max-w-3xl text-sm text-stone-600">
                The base article’s text (latest revision), each word shaded by how many of the other {heat.others.length} articles
                differ there: the darker, the more sources tell it differently. Point at a word for its number. Articles in another
                language differ almost everywhere.
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
                        {a.outlet ?? "Unknown outlet"}, {a.publishedAt ?? "undated"} — {a.title}
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
