import { CONTEXT_LENGTH, type PassageSelectors } from "./schema";

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * Both W3C selectors of `text[start, end)`: the quote with up to 32 characters of context on each
 * side, and the position. The context never starts or ends inside a surrogate pair, so it stays
 * valid text when exported.
 * @throws RangeError when the range is empty or outside the text
 */
export function selectPassage(text: string, start: number, end: number): PassageSelectors {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length)) {
    throw new RangeError(`[${start}, ${end}) is not a passage of a text of ${text.length} characters`);
  }
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from += 1;
  let to = Math.min(text.length, end + CONTEXT_LENGTH);
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to -= 1;
  return {
    quote: { exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) },
    position: { start, end },
  };
}
