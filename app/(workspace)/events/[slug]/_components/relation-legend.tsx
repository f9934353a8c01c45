import { RELATION_ORDER, RELATION_STYLE } from "./relation-style";

/** The key to the matrix and timeline colours: swatch, glyph and word for every relation. */
export function RelationLegend({ className = "" }: { className?: string }) {
  return (
    <ul className={`flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-700 ${className}`} aria-label="Legend">
      {RELATION_ORDER.map((relation) => {
        const style = RELATION_STYLE[relation];
        return (
          <li key={relation} className="flex items-center gap-1.5">
            <span aria-hidden className={`inline-flex size-5 items-center justify-center rounded border-l-4 font-semibold ${style.cell} ${style.text}`}>
              {style.glyph}
            </span>
            {style.label}
          </li>
        );
      })}
    </ul>
  );
}
