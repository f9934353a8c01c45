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
  for (let k = 3; k <= word.length - 3; k++) {
    const tail = forms.get(word.slice(k));
    if (tail && !tail.noCompound) return tail;
  }
  return null;
}
