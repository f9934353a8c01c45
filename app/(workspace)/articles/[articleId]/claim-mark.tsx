"use client";

import { Tooltip } from "radix-ui";

export type ClaimNote = {
  id: string;
  status: "proposed" | "confirmed" | "rejected";
  heading: string;
  lines: string[];
};

const STATUS_STYLE: Record<ClaimNote["status"], string> = {
  proposed: "bg-amber-100 decoration-amber-600 decoration-dotted underline decoration-2",
  confirmed: "bg-indigo-100 decoration-indigo-700 underline decoration-2",
  rejected: "bg-stone-100 text-stone-500 line-through",
};

/**
 * A highlighted claim in the article text. Hovering or focusing it shows what the machine (or a
 * person) read there; without JavaScript the same facts are in the `title`.
 */
export function ClaimMark({
  notes,
  anchorId,
  children,
}: {
  notes: ClaimNote[];
  /** Set on the run where a claim begins, so `#claim-<id>` links land on it. */
  anchorId?: string;
  children: React.ReactNode;
}) {
  const first = notes[0];
  if (!first) return <>{children}</>;
  const summary = notes.map((n) => [n.heading, ...n.lines].join(" · ")).join("\n");
  return (
    <Tooltip.Provider delayDuration={150}>
      <Tooltip.Root>
        <Tooltip.Trigger asChild>
          <mark
            id={anchorId ? `claim-${anchorId}` : undefined}
            tabIndex={0}
            title={summary}
            data-claim-ids={notes.map((n) => n.id).join(" ")}
            className={`rounded-sm px-0.5 text-inherit ${STATUS_STYLE[first.status]}`}
          >
            {children}
          </mark>
        </Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content
            side="top"
            sideOffset={6}
            className="z-50 max-w-sm rounded-md border border-stone-200 bg-white p-3 font-sans text-sm text-stone-800 shadow-lg"
          >
            {notes.map((note) => (
              <div key={note.id} className="not-first:mt-3 not-first:border-t not-first:pt-3">
                <p className="font-semibold">{note.heading}</p>
                <ul className="mt-1 space-y-0.5 text-stone-600">
                  {note.lines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </div>
            ))}
            <Tooltip.Arrow className="fill-white" />
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}
