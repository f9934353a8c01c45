"use client";

import { useActionState, useRef, useState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { snapToWords } from "@/lib/anchoring/snap-to-words";
import { MarkClaimForm, type FacetOption, type Selected } from "./mark-claim-form";
import { createNoteAction } from "../../_components/notes/actions";
import { NoteFields, type LinkOption } from "../../_components/notes/note-form";

/** The offset in the revision text of a point inside a paragraph rendered with `data-start`. */
function textOffset(node: Node, offset: number): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  const paragraph = element?.closest("p[data-start]");
  if (!paragraph) return null;
  const range = document.createRange();
  range.setStart(paragraph, 0);
  range.setEnd(node, offset);
  return Number(paragraph.getAttribute("data-start")) + range.toString().length;
}

/**
 * Wraps the article text: selecting words (the selection grows to whole words) opens a panel to
 * write a note on them, or to file them as a claim. It sits below the text and never covers it.
 * Without JavaScript the text simply reads as text.
 */
export function SelectionPanel({
  text,
  offset = 0,
  revisionId,
  facets,
  links,
  children,
}: {
  /** The text shown (a long article's page), to snap a selection to whole words as the server will. */
  text: string;
  /** Where `text` starts in the revision text: offsets in the page are offsets of the revision. */
  offset?: number;
  revisionId: string;
  facets: FacetOption[];
  links: LinkOption[];
  children: React.ReactNode;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [tab, setTab] = useState<"note" | "claim">("note");
  const [done, setDone] = useState<string | null>(null);
  const [noted, note, noting] = useActionState<ActionResult | null, FormData>(async (previous, form) => {
    const result = await createNoteAction(previous, form);
    if (result.ok) {
      setSelected(null);
      setDone(result.message);
    }
    return result;
  }, null);

  function readSelection() {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !container.current) return;
    const { anchorNode, focusNode } = selection;
    if (!anchorNode || !focusNode || !container.current.contains(anchorNode) || !container.current.contains(focusNode)) return;
    const a = textOffset(anchorNode, selection.anchorOffset);
    const b = textOffset(focusNode, selection.focusOffset);
    if (a === null || b === null || a === b) return;
    const words = snapToWords(text, Math.min(a, b) - offset, Math.max(a, b) - offset);
    if (!words) return;
    setSelected({ start: words.start + offset, end: words.end + offset, quote: text.slice(words.start, words.end) });
    setDone(null);
  }

  const tabClass = (active: boolean) =>
    `rounded-t-md border-b-2 px-3 py-1.5 text-sm font-medium ${active ? "border-teal-700 text-stone-900" : "border-transparent text-stone-500 hover:text-stone-800"}`;
  const noteErrors = noted?.ok === false ? noted.fieldErrors : undefined;

  return (
    <>
      <div ref={container} onMouseUp={readSelection} onKeyUp={readSelection}>
        {children}
      </div>
      {done && !selected ? (
        <p role="status" className="mt-2 font-sans text-sm text-green-800">
          {done}
        </p>
      ) : null}
      {selected ? (
        <section aria-label="Selected words" className="sticky bottom-4 z-10 mt-4 rounded-lg border border-stone-300 bg-white p-4 font-sans text-sm shadow-lg">
          <p className="font-medium">
            Selected: <q className="font-serif italic">{selected.quote.length > 140 ? `${selected.quote.slice(0, 140)}…` : selected.quote}</q>
          </p>
          <div role="tablist" className="mt-2 flex gap-1 border-b border-stone-200">
            <button type="button" role="tab" aria-selected={tab === "note"} onClick={() => setTab("note")} className={tabClass(tab === "note")}>
              Add a note
            </button>
            <button type="button" role="tab" aria-selected={tab === "claim"} onClick={() => setTab("claim")} className={tabClass(tab === "claim")}>
              Mark as a claim
            </button>
          </div>
          <div className="mt-3">
            {tab === "note" ? (
              <form action={note} aria-label="Add a note">
                <input type="hidden" name="revisionId" value={revisionId} />
                <input type="hidden" name="start" value={selected.start} />
                <input type="hidden" name="end" value={selected.end} />
                <NoteFields links={links} errors={noteErrors} idPrefix="new-note" />
                {noted?.ok === false ? (
                  <p role="alert" className="mt-2 text-red-700">
                    {noted.message}
                  </p>
                ) : null}
                <div className="mt-3 flex gap-2">
                  <button type="submit" disabled={noting} className="rounded-md bg-teal-700 px-3 py-1.5 font-medium text-white hover:bg-teal-800 disabled:bg-stone-400">
                    {noting ? "Saving…" : "Save note"}
                  </button>
                  <button type="button" onClick={() => setSelected(null)} className="rounded-md border border-stone-300 px-3 py-1.5 hover:bg-stone-50">
                    Cancel
                  </button>
                </div>
              </form>
            ) : (
              <MarkClaimForm
                revisionId={revisionId}
                facets={facets}
                selected={selected}
                onDone={(message) => {
                  setSelected(null);
                  setDone(message);
                }}
              />
            )}
          </div>
        </section>
      ) : null}
    </>
  );
}
