// snowball-stemmers ships no types; this is the part of its API lib/extract/lemmatize.ts uses.
declare module "snowball-stemmers" {
  export type Stemmer = { stem(word: string): string };
  export function newStemmer(language: string): Stemmer;
  export function algorithms(): string[];
}
