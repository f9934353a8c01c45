import { z } from "zod";

// A name, title or label is read by other people, often out of context (a list, a <title>, an
// export). Two kinds of character make such text lie about itself: text made only of invisible
// characters (zero-width spaces, joiners, format marks) shows as nothing, and the bidirectional
// overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder what follows them, so "gnp.exe"
// after U+202E shows as "exe.png". Neither has a place in a title or a name; right-to-left
// scripts themselves (Arabic, Hebrew) need no control character to show correctly.

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
// Control characters (tabs, line breaks, NUL, DEL, C1) have no place in a one-line name either.
const CONTROL = /\p{Cc}/u;
/** Letters, digits, punctuation, symbols: anything that leaves a mark on the screen. */
const VISIBLE = /[^\p{White_Space}\p{Cf}\p{Cc}\p{Mn}\p{Me}\p{Co}\p{Cn}\u115F\u1160\u3164\uFFA0\u2800]/u;
// Lone halves of a surrogate pair are not text at all; databases and JSON encoders refuse them.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `text` cannot be a one-line name, title or label, or null when it can. */
export function invisibleTextProblem(text: string): string | null {
  if (LONE_SURROGATE.test(text)) return "contains a broken character (half of a surrogate pair)";
  if (BIDI_CONTROLS.test(text)) return "contains a direction control character (U+202A–U+202E, U+2066–U+2069) that would reorder what people read";
  if (CONTROL.test(text)) return "contains a control character (a tab, line break or similar)";
  if (!VISIBLE.test(text)) return "has no visible character";
  return null;
}

/**
 * A one-line text that people read: trimmed, `min`..`max` characters, with at least one visible
 * character and no direction or control characters. The one schema for titles, labels and names,
 * shared by the forms, the API and the importers.
 */
export function visibleTextSchema({ max, what }: { max: number; what: string }) {
  return z
    .string()
    .trim()
    .min(1, `give the ${what}`)
    .max(max, `the ${what} may have at most ${max} characters`)
    .superRefine((text, context) => {
      const problem = invisibleTextProblem(text);
      if (problem) context.addIssue({ code: "custom", message: `the ${what} ${problem}` });
    });
}
