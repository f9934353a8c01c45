import { Fragment, type ReactNode } from "react";
import type { Paragraph } from "@/lib/articles";
import { splitIntoHighlights } from "@/lib/claims/split-into-highlights";
import { ClaimMark, type ClaimNote } from "./claim-mark";

/** A note's passage as the text draws it: numbered in reading order, linking to its card. */
export type NotePassage = { id: string; start: number; end: number; number: number; anchor: "anchored" | "moved" | "orphaned"; resolved: boolean };

type Props = {
  /** The paragraphs of the page shown (see pageOfParagraphs), with their offsets into the text. */
  paragraphs: Paragraph[];
  title: string;
  claims: ({ start: number; end: number } & ClaimNote)[];
  notes?: NotePassage[];
  /** A place to show (a search hit): marked, and `#hit` where it begins. */
  place?: { start: number; end: number } | null;
};

const NOTE = "note:";
const PLACE = "place";

/**
 * The paragraphs of the revision text, with every claim highlighted where it stands, every note's
 * passage underlined (its number after it linking to the note in the sidebar) and a search hit
 * marked. Each paragraph carries its offset (`data-start`) so a selection can be turned back into
 * offsets of the text; the note numbers are drawn by CSS (`content`), so they are not part of a
 * selection's text.
 */
export function ArticleText({ paragraphs, title, claims, notes = [], place }: Props) {
  const claimNotes = new Map(claims.map((c) => [c.id, c]));
  const ranges = [
    ...claims,
    ...notes.map((n) => ({ id: `${NOTE}${n.id}`, start: n.start, end: n.end })),
    ...(place ? [{ id: PLACE, start: place.start, end: place.end }] : []),
  ];
  const noteById = new Map(notes.map((n) => [n.id, n]));
  return (
    <>
      {paragraphs
        // The stored text opens with the headline, already shown above (unless the place is in it).
        .filter((paragraph) => paragraph.start > 0 || paragraph.text !== title || (place && place.start < paragraph.end))
        .map((paragraph) => (
          <p key={paragraph.start} className="mb-4" data-start={paragraph.start}>
            {splitIntoHighlights(paragraph.text, paragraph.start, ranges).map((run) => {
              const claimIds = run.ids.filter((id) => id !== PLACE && !id.startsWith(NOTE));
              const noteIds = run.ids.filter((id) => id.startsWith(NOTE)).map((id) => id.slice(NOTE.length));
              let content: ReactNode = run.text;
              if (claimIds.length) {
                content = (
                  <ClaimMark notes={claimIds.flatMap((id) => claimNotes.get(id) ?? [])} anchorId={claimIds.find((id) => claimNotes.get(id)?.start === run.start)}>
                    {run.text}
                  </ClaimMark>
                );
              }
              if (noteIds.length) content = <NotedPassage run={run} noteIds={noteIds} noteById={noteById} content={content} />;
              if (run.ids.includes(PLACE)) {
                content = (
                  <mark
                    id={run.start === place?.start ? "hit" : undefined}
                    data-testid="reader-place"
                    className="scroll-mt-24 rounded-sm bg-yellow-200 text-inherit outline-2 outline-yellow-400"
                  >
                    {content}
                  </mark>
                );
              }
              // Plain runs stay bare text nodes: a selection inside them maps straight to offsets.
              return <Fragment key={run.start}>{content}</Fragment>;
            })}
          </p>
        ))}
    </>
  );
}

/** A run inside one or more notes' passages: underlined, with the numbers of the notes ending here. */
function NotedPassage({
  run,
  noteIds,
  noteById,
  content,
}: {
  run: { start: number; end: number };
  noteIds: string[];
  noteById: Map<string, NotePassage>;
  content: ReactNode;
}) {
  const here = noteIds.flatMap((id) => noteById.get(id) ?? []);
  const starting = here.find((n) => n.start === run.start);
  const toConfirm = here.some((n) => n.anchor === "moved");
  return (
    <span>
      <span
        id={starting ? `passage-${starting.id}` : undefined}
        data-note-ids={noteIds.join(" ")}
        className={`scroll-mt-24 border-b-2 ${toConfirm ? "border-dashed border-amber-500 bg-amber-50" : here.every((n) => n.resolved) ? "border-stone-400 bg-stone-100/70" : "border-teal-600 bg-teal-50"}`}
      >
        {content}
      </span>
      {here
        .filter((n) => n.end === run.end)
        .map((n) => (
          <a
            key={n.id}
            href={`#note-${n.id}`}
            aria-label={`Note ${n.number}`}
            data-number={n.number}
            className="ml-0.5 align-super font-sans text-[11px] font-semibold text-teal-800 no-underline after:content-[attr(data-number)] hover:underline"
          />
        ))}
    </span>
  );
}
