import { describe, expect, test } from "vitest";
import { carryPassages, type PinnedPassage } from "./carry-passages";
import { selectPassage } from "./select-passage";

const OLD = "Roth sagte, etwa 8.000 dieser Menschen seien bereits in Valencia. Die Feuerwehr schwieg dazu.";
const pinned = (words: string, fields: Partial<PinnedPassage> = {}): PinnedPassage => {
  const start = OLD.indexOf(words);
  return { id: words, revision: { id: "r1", number: 1 }, selectors: selectPassage(OLD, start, start + words.length), anchorState: "anchored", movedFrom: null, ...fields };
};
const carry = (passage: PinnedPassage, text: string) => carryPassages([passage], new Map([["r1", OLD]]), { id: "r2", text })[0]!;

describe("carryPassages", () => {
  test("a passage found on its words moves to the new revision with selectors of the new text", () => {
    const text = `Neu: ${OLD}`;
    const carried = carry(pinned("etwa 8.000 dieser Menschen"), text);
    expect(carried).toMatchObject({ state: "anchored", revisionId: "r2", movedFrom: null });
    expect(text.slice(carried.selectors.position.start, carried.selectors.position.end)).toBe("etwa 8.000 dieser Menschen");
    expect(carried.selectors.quote.prefix.endsWith("Neu: Roth sagte, ")).toBe(true);
  });

  test("a move to changed words remembers where it came from until a person confirms", () => {
    const carried = carry(pinned("etwa 8.000 dieser Menschen"), OLD.replace("etwa 8.000", "rund 8.000"));
    expect(carried).toMatchObject({ state: "moved", revisionId: "r2", movedFrom: { revisionId: "r1", revisionNumber: 1, exact: "etwa 8.000 dieser Menschen" } });
  });

  test("an unconfirmed move stays unconfirmed on the next revision, with its first origin", () => {
    const earlier = { revisionId: "r0", revisionNumber: 1, exact: "etwa 8000 dieser Menschen", start: 15, end: 40 };
    const carried = carry(pinned("etwa 8.000 dieser Menschen", { anchorState: "moved", movedFrom: earlier }), `Neu: ${OLD}`);
    expect(carried).toMatchObject({ state: "moved", revisionId: "r2", movedFrom: earlier });
  });

  test("an orphan stays on the revision it was made on, with its words", () => {
    const carried = carry(pinned("etwa 8.000 dieser Menschen"), "Die Feuerwehr schwieg dazu.");
    expect(carried).toMatchObject({ state: "orphaned", revisionId: "r1" });
    expect(carried.selectors.quote.exact).toBe("etwa 8.000 dieser Menschen");
  });
});
