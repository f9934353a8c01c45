import type { DiffSegment } from "./schema";

/**
 * Writes a diff of two texts from left to right as lengths (equal, deleted, inserted), and cuts
 * the segments' texts out of the two texts only when a segment ends, so building a diff of long
 * texts makes one string per segment rather than one per token. The result is normalized: no
 * empty segments, no two neighbours of one kind, and in each change the deletion comes first.
 */
export class SegmentWriter {
  private readonly segments: DiffSegment[] = [];
  /** Where the next unit of each text starts. */
  private pos1 = 0;
  private pos2 = 0;
  /** Where the segment being written started in each text. */
  private from1 = 0;
  private from2 = 0;
  private inChange = false;

  constructor(
    private readonly before: string,
    private readonly after: string,
  ) {}

  /** The next `length` code units are the same in both texts. */
  equal(length: number): void {
    if (length <= 0) return;
    if (this.inChange) this.flush();
    this.pos1 += length;
    this.pos2 += length;
  }

  /** The next `length` code units of the text before are gone. */
  remove(length: number): void {
    if (length <= 0) return;
    if (!this.inChange) this.flush();
    this.inChange = true;
    this.pos1 += length;
  }

  /** The next `length` code units of the text after are new. */
  insert(length: number): void {
    if (length <= 0) return;
    if (!this.inChange) this.flush();
    this.inChange = true;
    this.pos2 += length;
  }

  /** The segments written; the writer must have covered both texts completely. */
  finish(): DiffSegment[] {
    this.flush();
    if (this.pos1 !== this.before.length || this.pos2 !== this.after.length) {
      throw new Error(`diff covers ${this.pos1}/${this.before.length} and ${this.pos2}/${this.after.length} code units`);
    }
    return this.segments;
  }

  private flush(): void {
    if (this.inChange) {
      if (this.pos1 > this.from1) this.segments.push({ kind: "delete", text: this.before.slice(this.from1, this.pos1) });
      if (this.pos2 > this.from2) this.segments.push({ kind: "insert", text: this.after.slice(this.from2, this.pos2) });
    } else if (this.pos1 > this.from1) {
      this.segments.push({ kind: "equal", text: this.before.slice(this.from1, this.pos1) });
    }
    this.from1 = this.pos1;
    this.from2 = this.pos2;
    this.inChange = false;
  }
}
