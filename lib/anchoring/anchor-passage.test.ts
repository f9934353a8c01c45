import { describe, expect, test } from "vitest";
import { anchorPassage } from "./anchor-passage";
import { selectPassage } from "./select-passage";

// Prose in the shape of a news report on a flood (written for these tests).
const P1 = "Die Landesregierung nennt erstmals eine eigene Zahl: fast 10.000 Menschen seien aus ihren Häusern evakuiert.";
const P2 = "Innenministerin Jana Roth sagte, etwa 8.000 dieser Menschen seien bereits in die Notunterkünfte von Valencia gebracht worden.";
const P3 = "Aus dem Rathaus kam keine Bestätigung; die Feuerwehr verwies lediglich auf den Lagebericht vom Juni 2024.";
const NEW = "Die Nachbarregion Murcia erwägt nun, direkt Helfer zu schicken, heißt es in Cartagena.";
const before = [P1, P2, P3].join("\n\n");

function passage(text: string, words: string) {
  const start = text.indexOf(words);
  if (start === -1) throw new Error(`"${words}" is not in the text`);
  return selectPassage(text, start, start + words.length);
}

/** Where the anchor landed, as the words there (null for an orphan). */
function land(words: string, after: string, from = before) {
  const anchor = anchorPassage(passage(from, words), { before: from, after });
  return { state: anchor.state, words: anchor.state === "orphaned" ? null : after.slice(anchor.start, anchor.end) };
}

describe("anchorPassage", () => {
  test.each([
    { label: "an unchanged text keeps the passage where it was", after: before, state: "anchored" },
    { label: "a paragraph inserted above moves it along", after: [NEW, P1, P2, P3].join("\n\n"), state: "anchored" },
    { label: "its paragraph moved to the end goes with it", after: [P1, P3, P2].join("\n\n"), state: "anchored" },
    { label: "a word changed beside it leaves it on its words", after: [P1, P2.replace("Roth sagte", "Roth betonte"), P3].join("\n\n"), state: "anchored" },
    {
      label: "everything before it rewritten: on its words, but a person confirms",
      after: [P1.replace("seien aus ihren Häusern evakuiert.", "warteten auf Hilfe."), P2.replace("Innenministerin Jana Roth sagte", "Die Ministerin erklärte"), P3].join("\n\n"),
      state: "moved",
    },
  ])("$label", ({ after, state }) => {
    expect(land("etwa 8.000 dieser Menschen", after)).toEqual({ state, words: "etwa 8.000 dieser Menschen" });
  });

  test("finds it by position first: the old offsets, when quote and context are still there", () => {
    const anchor = anchorPassage(passage(before, "Notunterkünfte von Valencia"), { before, after: `${before}\n\n${NEW}` });
    expect(anchor).toMatchObject({ state: "anchored", method: "position", score: 1 });
  });

  test("its own words edited: moves to them, but asks a person to confirm", () => {
    const after = [P1, P2.replace("etwa 8.000", "rund 8.000"), P3].join("\n\n");
    expect(land("etwa 8.000 dieser Menschen", after)).toEqual({ state: "moved", words: "rund 8.000 dieser Menschen" });
  });

  test("its paragraph deleted: an orphan, not attached to the look-alike words elsewhere", () => {
    const withEcho = [P1, P2, P3, "Später hieß es, etwa 8.000 dieser Menschen warteten noch."].join("\n\n");
    const after = [P1, P3, "Später hieß es, etwa 8.000 dieser Menschen warteten noch."].join("\n\n");
    expect(land("etwa 8.000 dieser Menschen seien bereits", after, withEcho)).toEqual({ state: "orphaned", words: null });
    expect(land("etwa 8.000 dieser Menschen", after, withEcho).state).not.toBe("anchored");
  });

  test("a passage deleted with no look-alike at all is an orphan", () => {
    expect(land("etwa 8.000 dieser Menschen", [P1, P3].join("\n\n"))).toEqual({ state: "orphaned", words: null });
  });

  test("of two near-duplicate paragraphs, losing the annotated one never silently attaches it to the other", () => {
    const copy = P2.replace("Innenministerin Jana Roth sagte", "Die Ministerin sagte");
    const from = [P1, P2, P3, copy].join("\n\n");
    const after = [P1, P3, copy].join("\n\n");
    expect(land("dieser Menschen seien bereits in die Notunterkünfte", after, from).state).not.toBe("anchored");
  });

  test("a repeated passage is only confirmed in place by a person, even when nothing changed near it", () => {
    const from = [P1, P2, P3, P2].join("\n\n");
    const after = [NEW, P1, P2, P3, P2].join("\n\n");
    expect(land("etwa 8.000 dieser Menschen", after, from).state).toBe("moved");
  });
});
