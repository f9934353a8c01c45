import type { ParagraphRow } from "@/lib/diff";
import { DiffPieces } from "../_components/diff-text";
import { sideOfDiff } from "@/lib/compare/side-of-diff";

const NO_QUOTE = { start: 0, end: 0 };

/** Aligned paragraphs in two columns: removed words struck on the left, added words underlined on the right. */
export function SideBySide({ rows, leftLang, rightLang }: { rows: ParagraphRow[]; leftLang: string; rightLang: string }) {
  return (
    <table className="mt-3 w-full table-fixed border-collapse text-[15px]" aria-label="The two texts, paragraph by paragraph">
      <thead className="sr-only">
        <tr>
          <th scope="col">Left</th>
          <th scope="col">Right</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => {
          const same = row.before !== undefined && row.before === row.after;
          return (
            <tr key={i} className={`align-top ${same ? "text-stone-500" : ""}`}>
              <td lang={leftLang} className="border-t border-stone-200 py-2 pr-4 font-serif leading-relaxed">
                {row.before === undefined ? <Missing side="left" /> : <DiffPieces pieces={sideOfDiff(row.segments, "before", NO_QUOTE)} />}
              </td>
              <td lang={rightLang} className="border-t border-l border-stone-200 py-2 pl-4 font-serif leading-relaxed">
                {row.after === undefined ? <Missing side="right" /> : <DiffPieces pieces={sideOfDiff(row.segments, "after", NO_QUOTE)} />}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Missing({ side }: { side: "left" | "right" }) {
  return (
    <span className="text-sm text-stone-600 italic">
      {side === "left" ? "(not in the left text: added)" : "(not in the right text: removed)"}
    </span>
  );
}
