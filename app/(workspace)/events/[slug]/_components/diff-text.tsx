import type { DiffPiece } from "@/lib/compare/side-of-diff";
import type { DiffSegment } from "@/lib/diff";

// Insertions and deletions are told apart by the element (<ins>/<del>), its text decoration and
// a visually hidden word, not only by colour; the two tints are a blue and an orange that stay
// distinct for colour-blind readers.
const INS = "rounded-sm bg-[#56B4E9]/30 px-0.5 text-stone-950 underline decoration-[#0072B2] decoration-2 underline-offset-2";
const DEL = "rounded-sm bg-[#E69F00]/25 px-0.5 text-stone-800 line-through decoration-[#D55E00] decoration-2";

/** A changed run, focusable so that the `n`/`p` keys can move to it. */
function Change({ kind, children }: { kind: "insert" | "delete"; children: React.ReactNode }) {
  if (kind === "insert") {
    return (
      <ins className={INS} data-diff tabIndex={-1}>
        <span className="sr-only">added: </span>
        {children}
      </ins>
    );
  }
  return (
    <del className={DEL} data-diff tabIndex={-1}>
      <span className="sr-only">removed: </span>
      {children}
    </del>
  );
}

/** A word diff inline: equal text plain, inserted text in <ins>, deleted text in <del>. */
export function DiffText({ segments }: { segments: readonly DiffSegment[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.kind === "equal" ? <span key={i}>{segment.text}</span> : <Change key={i} kind={segment.kind}>{segment.text}</Change>,
      )}
    </>
  );
}

/** One side of a diff (see sideOfDiff), the claim's quote inside <mark>. */
export function DiffPieces({ pieces }: { pieces: readonly DiffPiece[] }) {
  // Consecutive pieces inside the quote share one <mark>, so the quote reads as one passage.
  const runs: { inQuote: boolean; pieces: DiffPiece[] }[] = [];
  for (const piece of pieces) {
    const last = runs.at(-1);
    if (last && last.inQuote === piece.inQuote) last.pieces.push(piece);
    else runs.push({ inQuote: piece.inQuote, pieces: [piece] });
  }
  return (
    <>
      {runs.map((run, i) => {
        const content = run.pieces.map((p, j) =>
          p.kind === "equal" ? <span key={j}>{p.text}</span> : <Change key={j} kind={p.kind}>{p.text}</Change>,
        );
        return run.inQuote ? (
          <mark key={i} className="rounded-sm bg-[#F0E442]/45 px-0.5 text-inherit">
            {content}
          </mark>
        ) : (
          <span key={i}>{content}</span>
        );
      })}
    </>
  );
}
