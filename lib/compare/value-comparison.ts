/**
 * How two values of the same kind relate, before scope, time and certainty are considered.
 * `why` is the clause after the colon in a reason ("their ranges overlap between 9,000 and
 * 10,000"; for identical values, the value itself); `separation` (0..1) says how far apart
 * disjoint values are relative to their size.
 */
export type ValueComparison = {
  relation: "identical" | "overlapping" | "disjoint";
  why: string;
  separation: number;
};
