const MAX_FORM = 22;

/**
 * Look up a lowercase word in a table of inflected noun forms. When `compound` is set (German), a
 * word also matches by its tail, so "Elitesoldaten" and "Verteidigungsabkommen" find "soldaten" and
 * "abkommen"; entries marked `noCompound` ("Mann", not "Kaufmann") match only whole words. The tail
 * must leave a head of at least three letters, so short forms do not match inside unrelated words.
 */
export function matchNoun<T extends { noCompound?: boolean }>(word: string, forms: Map<string, T>, compound: boolean): T | null {
  const whole = forms.get(word);
  if (whole) return whole;
  if (!compound) return null;
  // No form is longer than this, so shorter tails are the only ones worth cutting out.
  for (let k = Math.max(3, word.length - MAX_FORM); k <= word.length - 3; k++) {
    const tail = forms.get(word.slice(k));
    if (tail && !tail.noCompound) return tail;
  }
  return null;
}
