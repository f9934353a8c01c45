import { alignWords } from "./align-words";
import { rawDiff } from "./dmp";
import { encodeTokens } from "./encode-tokens";
import { graphemeBoundaries } from "./grapheme-boundaries";
import type { DiffSegment } from "./schema";
import { SegmentWriter } from "./segment-writer";
import { snapToBoundaries } from "./snap-to-boundaries";
import { splitLines } from "./split-lines";
import { tokenizeWords } from "./tokenize-words";
import { wordEdges } from "./word-edges";

/**
 * Word-level diff: a changed figure shows as "fast" → "mehr als", and a word both texts share in
 * the same order is never struck and written again (see alignWords). No segment edge lies inside
 * a word (of tokenizeWords) or a grapheme in either text. Never throws.
 *
 * Two passes, as revisions of an article mostly keep their lines: whole lines are diffed first,
 * one code unit per line, and only the stretches of changed lines are tokenized and aligned word
 * by word. Unchanged lines are never tokenized, and the word alignment, whose cost grows with the
 * length of a stretch times its changes, runs over a few lines at a time.
 */
export function diffWords(before: string, after: string): DiffSegment[] {
  const lines1 = splitLines(before);
  const lines2 = splitLines(after);
  const { chars1, chars2 } = encodeTokens(lines1, lines2);
  const writer = new SegmentWriter(before, after);
  let at1 = 0;
  let at2 = 0;
  let line1 = 0;
  let line2 = 0;
  let changed1 = 0;
  let changed2 = 0;
  const alignChanged = () => {
    if (changed1 === 0 && changed2 === 0) return;
    alignWords(writer, before.slice(at1, at1 + changed1), after.slice(at2, at2 + changed2));
    at1 += changed1;
    at2 += changed2;
    changed1 = 0;
    changed2 = 0;
  };
  // One code unit per line (see encodeTokens): lengths count lines.
  for (const { kind, text } of rawDiff(chars1, chars2)) {
    if (kind === "delete") {
      for (const end = line1 + text.length; line1 < end; line1 += 1) changed1 += lines1[line1]!.length;
    } else if (kind === "insert") {
      for (const end = line2 + text.length; line2 < end; line2 += 1) changed2 += lines2[line2]!.length;
    } else {
      alignChanged();
      let length = 0;
      for (const end = line1 + text.length; line1 < end; line1 += 1) length += lines1[line1]!.length;
      line2 += text.length;
      writer.equal(length);
      at1 += length;
      at2 += length;
    }
  }
  alignChanged();
  return ensureGraphemeEdges(writer.finish(), before, after);
}

/**
 * The edges alignWords makes are almost always grapheme edges; the exceptions are a character
 * that joins the one before it without being a combining mark (a ZWJ or an emoji skin tone after a
 * letter, a flag sharing its first half with another). Only then are the segments moved onto
 * edges that are both, which needs the whole texts tokenized.
 */
function ensureGraphemeEdges(segments: DiffSegment[], before: string, after: string): DiffSegment[] {
  const graphemes1 = graphemeBoundaries(before);
  const graphemes2 = graphemeBoundaries(after);
  let pos1 = 0;
  let pos2 = 0;
  let ok = true;
  for (const { kind, text } of segments) {
    if (kind !== "insert") pos1 += text.length;
    if (kind !== "delete") pos2 += text.length;
    if (!graphemes1(pos1) || !graphemes2(pos2)) {
      ok = false;
      break;
    }
  }
  if (ok) return segments;
  const words1 = wordEdges(tokenizeWords(before), before.length);
  const words2 = wordEdges(tokenizeWords(after), after.length);
  return snapToBoundaries(
    segments,
    (offset) => words1(offset) && graphemes1(offset),
    (offset) => words2(offset) && graphemes2(offset),
  );
}
