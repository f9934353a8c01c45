import Link from "next/link";
import { formatCount } from "@/lib/articles/format-count";

/** "Page 3 of 12", with links to the first, previous, next and last pages of a long text. */
export function PageLinks({ page, pageCount, hrefOf, label = "Pages" }: { page: number; pageCount: number; hrefOf: (page: number) => string; label?: string }) {
  const link = "rounded border border-stone-300 bg-white px-2 py-1 font-medium text-indigo-800 hover:bg-stone-100";
  return (
    <nav aria-label={label} className="mt-3 flex flex-wrap items-center gap-2 font-sans text-sm text-stone-700">
      {page > 1 ? (
        <>
          <Link href={hrefOf(1)} className={link}>
            First
          </Link>
          <Link href={hrefOf(page - 1)} rel="prev" className={link}>
            ← Previous
          </Link>
        </>
      ) : null}
      <span aria-current="page">
        Page {formatCount(page)} of {formatCount(pageCount)}
      </span>
      {page < pageCount ? (
        <>
          <Link href={hrefOf(page + 1)} rel="next" className={link}>
            Next →
          </Link>
          <Link href={hrefOf(pageCount)} className={link}>
            Last
          </Link>
        </>
      ) : null}
    </nav>
  );
}
