/** What a list needs of an article to name it. */
export type LabelledArticle = {
  id: string;
  title: string;
  /** The outlet's name; null when none is set. */
  outlet: string | null;
  /** ISO date; null when undated. */
  publishedAt: string | null;
};

export type ArticleLabel = {
  /** A short name, different from every other article's in the same list. */
  label: string;
  /** What the article lacks, for the "set it" prompts. */
  missing: ("outlet" | "date")[];
};

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "Passau ruft den Katastrophenfall…": a headline cut at a word, within `max` characters. */
export function shortHeadline(title: string, max = 48): string {
  const text = title.replace(/\s+/g, " ").trim();
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(" ", max - 1);
  return `${text.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

/**
 * Names for the articles of one list that tell them apart: "Outlet, 4 Nov 2024" when both are
 * known; the shortened headline stands in for what is missing ("Outlet · Headline…", or the
 * headline alone); where two names would still be equal, the headline is added, and where even
 * that is equal, a number. Five articles without outlet or date thus never read as five
 * "Unknown outlet · undated".
 */
export function labelArticles(articles: readonly LabelledArticle[]): Map<string, ArticleLabel> {
  const base = articles.map((article) => {
    const missing: ArticleLabel["missing"] = [];
    if (!article.outlet) missing.push("outlet");
    if (!article.publishedAt) missing.push("date");
    const date = article.publishedAt ? dateFormat.format(new Date(`${article.publishedAt.slice(0, 10)}T00:00:00Z`)) : null;
    const parts = [article.outlet, date].filter((part): part is string => Boolean(part));
    const label = missing.length === 0 ? parts.join(", ") : [...parts, shortHeadline(article.title)].join(" · ");
    return { article, label, missing };
  });
  const withHeadline = disambiguate(base, (item) => (item.label.includes(shortHeadline(item.article.title)) ? item.label : `${item.label} · ${shortHeadline(item.article.title)}`));
  const counts = new Map<string, number>();
  for (const item of withHeadline) counts.set(item.label, (counts.get(item.label) ?? 0) + 1);
  const seen = new Map<string, number>();
  const labels = new Map<string, ArticleLabel>();
  for (const item of withHeadline) {
    const n = (seen.get(item.label) ?? 0) + 1;
    seen.set(item.label, n);
    labels.set(item.article.id, { label: (counts.get(item.label) ?? 0) > 1 ? `${item.label} (${n})` : item.label, missing: item.missing });
  }
  return labels;
}

function disambiguate<T extends { label: string }>(items: T[], widen: (item: T) => string): T[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.label, (counts.get(item.label) ?? 0) + 1);
  return items.map((item) => ((counts.get(item.label) ?? 0) > 1 ? { ...item, label: widen(item) } : item));
}

/** One article's name where it stands alone (a claim card, a side of a comparison): see labelArticles. */
export function labelArticle(article: Omit<LabelledArticle, "id">): string {
  return labelArticles([{ ...article, id: "" }]).get("")!.label;
}
