import { splitParagraphs } from "@/lib/articles";
import { splitIntoHighlights } from "@/lib/claims/split-into-highlights";
import { ClaimMark, type ClaimNote } from "./claim-mark";

type Props = {
  text: string;
  title: string;
  claims: ({ start: number; end: number } & ClaimNote)[];
};

/**
 * The revision text as paragraphs, with every claim highlighted where it stands. Each paragraph
 * carries its offset (`data-start`) so a selection can be turned back into offsets of the text.
 */
export function ArticleText({ text, title, claims }: Props) {
  const notes = new Map(claims.map((c) => [c.id, c]));
  return (
    <>
      {splitParagraphs(text)
        // The stored text opens with the headline, already shown above.
        .filter((paragraph, index) => index > 0 || paragraph.text !== title)
        .map((paragraph) => (
          <p key={paragraph.start} className="mb-4" data-start={paragraph.start}>
            {splitIntoHighlights(paragraph.text, paragraph.start, claims).map((run) =>
              run.ids.length === 0 ? (
                run.text
              ) : (
                <ClaimMark
                  key={run.start}
                  notes={run.ids.flatMap((id) => notes.get(id) ?? [])}
                  anchorId={run.ids.find((id) => notes.get(id)?.start === run.start)}
                >
                  {run.text}
                </ClaimMark>
              ),
            )}
          </p>
        ))}
    </>
  );
}
