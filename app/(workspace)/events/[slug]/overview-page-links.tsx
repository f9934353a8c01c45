import { formatCount } from "@/lib/articles/format-count";
import type { EventMatrixFilters } from "@/lib/compare/event-matrix-schema";
import type { PageInfo } from "@/lib/compare/page-overview";
import { PageLinks } from "../../_components/page-links";

const PAGED = ["columns", "rows", "contradictions", "copies", "articles", "review"] as const;

/**
 * The overview's address with one of its lists moved to another page; the filters and the other
 * lists' pages stay as they are (first pages are left out, so the plain address stays plain).
 */
export function overviewHref(slug: string, filters: EventMatrixFilters, change: Partial<Pick<EventMatrixFilters, (typeof PAGED)[number]>>, anchor: string): string {
  const next = { ...filters, ...change };
  const query = new URLSearchParams();
  if (next.disputed) query.set("disputed", "1");
  if (next.language) query.set("language", next.language);
  if (next.outlet) query.set("outlet", next.outlet);
  for (const key of PAGED) if (next[key] > 1) query.set(key, String(next[key]));
  const search = query.toString();
  return `/events/${slug}${search ? `?${search}` : ""}#${anchor}`;
}

/** "Articles 21–40 of 100", with links to the first, previous, next and last pages of the list. */
export function OverviewPageLinks({ label, noun, info, hrefOf }: { label: string; noun: string; info: PageInfo; hrefOf: (page: number) => string }) {
  const last = Math.min(info.total, info.first + info.size);
  return (
    <div className="mt-3 flex flex-wrap items-center gap-x-4 text-sm text-stone-600">
      <p className="mt-3">
        {noun[0]!.toUpperCase() + noun.slice(1)} {info.first < info.total ? `${formatCount(info.first + 1)}–${formatCount(last)}` : "none"} of {formatCount(info.total)}
      </p>
      <PageLinks page={info.page} pageCount={info.pageCount} hrefOf={hrefOf} label={label} />
    </div>
  );
}
