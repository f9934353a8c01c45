import { type Fingerprint, SIGNATURE_SIZE } from "./schema";
import { shingleText } from "./shingle-text";

// One seed per hash function, from a fixed generator (mulberry32), so fingerprints stored today
// compare with those computed after a restart. Changing them would need every fingerprint redone.
// Typed arrays: 2,000 articles of 3 KB are some 115 million hashes, which plain arrays (of
// numbers above 2³¹, stored as doubles) made twice as slow.
const SEEDS = (() => {
  let state = 0x5eed_c0de;
  return Uint32Array.from({ length: SIGNATURE_SIZE }, () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  });
})();

/**
 * The MinHash fingerprint of a text: hash function i is MurmurHash3's finalizer over the shingle's
 * hash xor seed i (a bijection on 32 bits, so each is a permutation of the shingles), and the
 * fingerprint keeps each function's minimum. Texts without words get an empty fingerprint
 * (shingles 0) that never counts as a copy. Never throws.
 */
export function fingerprintText(text: string): Fingerprint {
  const shingles = Uint32Array.from(shingleText(text));
  const minima = new Uint32Array(SIGNATURE_SIZE);
  // One hash function at a time over all shingles: its minimum stays in a register, where
  // shingle by shingle each of the 128 minima was loaded and stored again.
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    const seed = SEEDS[i]!;
    let minimum = 0xffffffff;
    for (let s = 0; s < shingles.length; s++) {
      // MurmurHash3's finalizer, inline: a call per hash showed in the import's profile.
      let h = shingles[s]! ^ seed;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < minimum) minimum = h;
    }
    minima[i] = minimum;
  }
  return { shingles: shingles.length, signature: Array.from(minima, (m) => m | 0) };
}
