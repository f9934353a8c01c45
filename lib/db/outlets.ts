import "server-only";
import { getDb } from "./client";

const outletSelect = { id: true, name: true, domain: true, country: true, language: true, version: true } as const;

/** Every outlet by name, with how many live articles name it: the outlets page and the API. */
export async function findOutlets() {
  const outlets = await getDb().outlet.findMany({
    orderBy: { name: "asc" },
    select: { ...outletSelect, _count: { select: { articles: { where: { deletedAt: null } } } } },
  });
  return outlets.map(({ _count, ...outlet }) => ({ ...outlet, articleCount: _count.articles }));
}

/** The outlets an article can be given, by name. */
export async function findOutletOptions() {
  return getDb().outlet.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, domain: true } });
}

/** One outlet, or null. */
export async function findOutlet(id: string) {
  return getDb().outlet.findUnique({ where: { id }, select: outletSelect });
}
