import type { RuleWords } from "./rule-words";

/**
 * The sides of a referendum, in the words news uses (`lib/extract/read-ballot-side.ts`). One English
 * name per side ("yes", "no"), so both languages share a facet.
 */
export type BallotSide = "yes" | "no";

// Right after a share: "stimmten 54,3 Prozent mit Ja", "53.9% voted yes and 46.1% no", "58% in favour".
export const SIDE_AFTER_SHARE: Record<BallotSide, RuleWords> = {
  yes: { de: ["mit ja", "für ja", "ja-stimmen"], en: ["voted yes", "voted in favour", "voted in favor", "in favour", "in favor", "yes"] },
  no: { de: ["mit nein", "nein-stimmen"], en: ["voted no", "voted against", "no"] },
};

// A side named on its own, as what a figure is about: "An exit poll put Yes at 54%", "sah das Nein bei 46 Prozent".
export const SIDE_NAMES: Record<BallotSide, RuleWords> = {
  yes: { de: ["ja", "ja-lager", "ja-seite"], en: ["yes", "yes side", "yes camp"] },
  no: { de: ["nein", "nein-lager", "nein-seite"], en: ["no", "no side", "no camp"] },
};

// The side a count of votes was cast for, said after it ("89 Abgeordnete stimmten dafür, 58
// dagegen") or opening the German clause ("Für den Entwurf stimmten 139").
export const SIDE_ADVERBS: Record<BallotSide, RuleWords> = { yes: { de: ["dafür"], en: [] }, no: { de: ["dagegen"], en: [] } };
// "für"/"for" alone names a party as often as a side ("14,698 for Reform UK"): a side only after a voting verb.
export const SIDE_PREPOSITIONS: Record<BallotSide, RuleWords> = { yes: { de: ["für"], en: ["for"] }, no: { de: ["gegen"], en: ["against"] } };
export const VOTING_VERBS: RuleWords = { de: ["stimmten", "stimmte", "votierten", "votierte"], en: ["voted", "vote"] };
