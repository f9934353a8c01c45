import { pageBySize, type Page, type PageLimits } from "../paging/page-by-size";
import { eachParagraph, type Paragraph } from "./split-paragraphs";

/**
 * One page of the reader: the page stays a few hundred kilobytes of HTML with its highlights,
 * whatever the article (a whole article of ordinary length is one page).
 */
export const READER_PAGE: PageLimits & { maxPieceCharacters: number } = {
  maxItems: 150,
  maxSize: 40_000,
  /** A longer paragraph is shown in pieces of at most this many characters, cut between words. */
  maxPieceCharacters: 8_000,
};

/** Which page of an article to show: by number, or the one holding the character at `at`. */
export type ReaderPageRequest = { page: number } | { at: number };

/**
 * The paragraphs of one page of `text`, with their offsets into it. A paragraph longer than a
 * piece is cut between words into several, each with its own offsets, so a page never holds more
 * than `maxSize` characters plus one piece. A page past the last has no paragraphs.
 */
export function pageOfParagraphs(text: string, request: ReaderPageRequest, limits = READER_PAGE): Page<Paragraph> {
  const wanted = "page" in request ? request : { contains: (p: Paragraph) => p.end > request.at };
  return pageBySize(pieces(text, limits.maxPieceCharacters), (p) => p.text.length, limits, wanted);
}

function* pieces(text: string, maxPiece: number): Generator<Paragraph> {
  for (const paragraph of eachParagraph(text)) {
    if (paragraph.text.length <= maxPiece) {
      yield paragraph;
      continue;
    }
    let from = 0;
    while (from < paragraph.text.length) {
      while (paragraph.text[from] === " ") from += 1;
      let to = Math.min(from + maxPiece, paragraph.text.length);
      if (to < paragraph.text.length) {
        // Cut after the last space of the piece, unless it has none (a very long "word").
        const space = paragraph.text.lastIndexOf(" ", to);
        if (space > from) to = space + 1;
      }
      const piece = paragraph.text.slice(from, to);
      const trimmed = piece.trimEnd();
      yield { text: trimmed, start: paragraph.start + from, end: paragraph.start + from + trimmed.length };
      from = to;
    }
  }
}
