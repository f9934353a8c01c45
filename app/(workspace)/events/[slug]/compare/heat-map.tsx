import type { HeatLevel, HeatMap } from "@/lib/compare/build-heat-map";

// A single-hue ramp (light to dark), readable in grey and by every kind of colour vision; the
// darkest level switches to white text to keep its contrast.
const LEVEL_CLASS: Record<HeatLevel, string> = {
  0: "",
  1: "bg-[#FDE4CC]",
  2: "bg-[#F9BE8C]",
  3: "bg-[#EE8E4E] text-stone-950",
  4: "bg-[#B8470F] text-white",
};

export function HeatLegend({ map }: { map: HeatMap }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-700" aria-label="Heat map legend">
      {map.legend.map((entry) => (
        <li key={entry.level} className="flex items-center gap-1.5">
          <span aria-hidden className={`inline-block h-4 w-7 rounded border border-stone-300 ${LEVEL_CLASS[entry.level]}`} />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * The base text, each word shaded by how many of the other articles differ there (tell nothing
 * like its sentence, or changed the word in their edit of it); its numbers on hover.
 */
export function HeatMapText({ map, language }: { map: HeatMap; language: string }) {
  return (
    <div lang={language} className="mt-3 max-w-[72ch] font-serif text-[15px] leading-loose text-stone-800" data-testid="heat-map">
      {map.paragraphs.map((paragraph, i) => (
        <p key={i} className="mb-3">
          {paragraph.map((piece, j) =>
            piece.count === null ? (
              piece.level === 0 ? (
                piece.text
              ) : (
                <span key={j} className={LEVEL_CLASS[piece.level]}>
                  {piece.text}
                </span>
              )
            ) : (
              <span
                key={j}
                title={`${piece.count} of ${map.others} other articles differ here; ${piece.similarIn ?? 0} of ${map.others} tell this sentence too`}
                data-count={piece.count}
                className={LEVEL_CLASS[piece.level]}
              >
                {piece.text}
              </span>
            ),
          )}
        </p>
      ))}
    </div>
  );
}
