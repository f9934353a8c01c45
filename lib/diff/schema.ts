import { z } from "zod";

/**
 * One piece of a diff, in our own vocabulary so no caller ever sees diff-match-patch's numeric
 * ops. Concatenating the `equal` and `delete` texts gives the text before; `equal` and `insert`
 * give the text after.
 */
export const diffSegmentSchema = z.object({
  kind: z.enum(["equal", "insert", "delete"]),
  text: z.string(),
});
export type DiffSegment = z.infer<typeof diffSegmentSchema>;
export type DiffKind = DiffSegment["kind"];

/** A half-open range `[start, end)` of UTF-16 offsets, as in hypothesis and diff-match-patch. */
export const textRangeSchema = z
  .object({ start: z.int().nonnegative(), end: z.int().nonnegative() })
  .refine((r) => r.start <= r.end, { message: "start must not exceed end" });
export type TextRange = z.infer<typeof textRangeSchema>;
