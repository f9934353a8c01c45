"use client";

import { useActionState, useRef, useState } from "react";
import { MANUAL_HEDGES } from "@/lib/claims/manual-hedges";
import { markClaimAction, type MarkClaimResult } from "./actions";

type FacetOption = { id: string; label: string; kind: "quantity" | "date" | "entity" | "text"; unit: string | null };
type Selected = { start: number; end: number; quote: string };

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
 * Wraps the article text: selecting words in it opens a form to file them as a claim under one
 * of the event's facets. Without JavaScript the text simply reads as text.
 */
export function MarkClaimPanel({
  revisionId,
  facets,
  children,
}: {
  revisionId: string;
  facets: FacetOption[];
  children: React.ReactNode;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [facetId, setFacetId] = useState(facets[0]?.id ?? "");
  const [result, action, pending] = useActionState<MarkClaimResult | null, FormData>(async (previous, form) => {
    const outcome = await markClaimAction(previous, form);
    if (outcome.ok) setSelected(null);
    return outcome;
  }, null);
  const facet = facets.find((f) => f.id === facetId);

  function readSelection() {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !container.current) return;
    const { anchorNode, focusNode } = selection;
    if (!anchorNode || !focusNode || !container.current.contains(anchorNode) || !container.current.contains(focusNode)) return;
    const a = textOffset(anchorNode, selection.anchorOffset);
    const b = textOffset(focusNode, selection.focusOffset);
    if (a === null || b === null || a === b) return;
    const quote = selection.toString().trim();
    if (quote) setSelected({ start: Math.min(a, b), end: Math.max(a, b), quote });
  }

  const errors = result && !result.ok ? result.fieldErrors : undefined;
  const field = "mt-1 w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm";

  return (
    <>
      <div ref={container} onMouseUp={readSelection} onKeyUp={readSelection}>
        {children}
      </div>
      {result?.ok && !selected ? (
        <p role="status" className="mt-2 text-sm text-green-800">
          {result.message}
        </p>
      ) : null}
      {selected ? (
        <form
          action={action}
          aria-label="Mark a claim"
          className="sticky bottom-4 mt-4 rounded-lg border border-indigo-200 bg-white p-4 font-sans text-sm shadow-lg"
        >
          <p className="font-medium">
            Mark <q className="italic">{selected.quote.length > 120 ? `${selected.quote.slice(0, 120)}…` : selected.quote}</q> as a claim
          </p>
          {facets.length === 0 ? (
            <p className="mt-2 text-stone-600">This event has no facets yet: press “Find claims” on the event page first.</p>
          ) : (
            <div className="mt-3 grid gap-3 sm:grid-cols-2">
              <input type="hidden" name="revisionId" value={revisionId} />
              <input type="hidden" name="start" value={selected.start} />
              <input type="hidden" name="end" value={selected.end} />
              <label className="sm:col-span-2">
                Facet
                <select name="facetId" value={facetId} onChange={(e) => setFacetId(e.target.value)} className={field}>
                  {facets.map((f) => (
                    <option key={f.id} value={f.id}>
                      {f.label} ({f.kind})
                    </option>
                  ))}
                </select>
              </label>
              {facet?.kind === "quantity" ? (
                <>
                  <label>
                    Reading
                    <select name="hedge" defaultValue="exact" className={field}>
                      {MANUAL_HEDGES.map((h) => (
                        <option key={h.kind} value={h.kind}>
                          {h.label}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label>
                    Figure
                    <input name="number" defaultValue={selected.quote.match(/\d[\d.,\s]*\d|\d/)?.[0] ?? ""} className={field} />
                    <FieldError messages={errors?.number} />
                  </label>
                </>
              ) : facet?.kind === "date" ? (
                <>
                  <label>
                    From
                    <input type="date" name="dateFrom" className={field} />
                    <FieldError messages={errors?.dateFrom} />
                  </label>
                  <label>
                    To (for a month or a period)
                    <input type="date" name="dateTo" className={field} />
                    <FieldError messages={errors?.dateTo} />
                  </label>
                </>
              ) : (
                <label className="sm:col-span-2">
                  Answer
                  <input name="text" defaultValue={selected.quote} className={field} />
                  <FieldError messages={errors?.text} />
                </label>
              )}
              <label>
                Said by (optional)
                <input name="attribution" placeholder="e.g. Pentagon" className={field} />
              </label>
              <label>
                Certainty
                <select name="certainty" defaultValue="stated" className={field}>
                  <option value="stated">stated</option>
                  <option value="reported">reported</option>
                  <option value="hedged">hedged</option>
                  <option value="denied">denied</option>
                </select>
              </label>
            </div>
          )}
          {result && !result.ok ? (
            <p role="alert" className="mt-3 text-red-700">
              {result.message}
            </p>
          ) : null}
          <div className="mt-3 flex gap-2">
            {facets.length > 0 ? (
              <button type="submit" disabled={pending} className="rounded-md bg-indigo-700 px-3 py-1.5 font-medium text-white hover:bg-indigo-800 disabled:bg-stone-400">
                {pending ? "Saving…" : "Save claim"}
              </button>
            ) : null}
            <button type="button" onClick={() => setSelected(null)} className="rounded-md border border-stone-300 px-3 py-1.5 hover:bg-stone-50">
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </>
  );
}

function FieldError({ messages }: { messages?: string[] }) {
  return messages?.length ? <span className="mt-1 block text-xs text-red-700">{messages.join(", ")}</span> : null;
}
