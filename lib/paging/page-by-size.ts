/** How much one page may hold: at most `maxItems` items and, past the first item, `maxSize` in size. */
export type PageLimits = { maxItems: number; maxSize: number };

/** Which page to show: by number (1-based), or the page that holds the item `contains` picks. */
export type PageRequest<T> = { page: number } | { contains: (item: T) => boolean };

export type Page<T> = {
  /** The items of the page, or none when the page asked for does not exist. */
  items: T[];
  /** The page's number (1-based); for a missing page, the number asked for. */
  page: number;
  pageCount: number;
  /** How many items come before this page. */
  itemsBefore: number;
  total: number;
};

/**
 * Cuts a list into pages bounded both in count and in size (characters, bytes), and returns the
 * one page asked for, holding on to nothing else: the items may come from a generator, so a page
 * of a text with a million paragraphs costs one pass over them and the memory of one page. A
 * single item larger than `maxSize` gets a page of its own; callers cut such items first.
 */
export function pageBySize<T>(items: Iterable<T>, sizeOf: (item: T) => number, limits: PageLimits, request: PageRequest<T>): Page<T> {
  let pageIndex = 0;
  let count = 0;
  let size = 0;
  let total = 0;
  let current: T[] = [];
  let found: Page<T> | null = null;
  let currentMatches = false;
  const wantedNumber = "page" in request ? request.page : null;

  const close = () => {
    if (!found && (wantedNumber === pageIndex + 1 || currentMatches)) {
      found = { items: current, page: pageIndex + 1, pageCount: 0, itemsBefore: total - count, total: 0 };
    }
    pageIndex += 1;
    count = 0;
    size = 0;
    current = [];
    currentMatches = false;
  };

  for (const item of items) {
    const itemSize = sizeOf(item);
    if (count > 0 && (count >= limits.maxItems || size + itemSize > limits.maxSize)) close();
    count += 1;
    size += itemSize;
    total += 1;
    // Only the page that may be returned keeps its items.
    if (!found && (wantedNumber === null || wantedNumber === pageIndex + 1)) current.push(item);
    if (!found && "contains" in request && request.contains(item)) currentMatches = true;
  }
  if (count > 0) close();
  const pageCount = Math.max(pageIndex, 1);
  const result: Page<T> = found ?? { items: [], page: wantedNumber ?? 1, pageCount, itemsBefore: 0, total };
  return { ...result, pageCount, total };
}
