import { describe, expect, test } from "vitest";
import { describeCopyGroup, type CopyGroupMember } from "./describe-copy-group";
import { fingerprintText } from "./fingerprint-text";
import { AGENCY, AGENCY_COPY, AGENCY_GERMAN, REWRITE } from "./test-texts";

const member = (id: string, outlet: string | null, text: string, language = "en"): CopyGroupMember => ({
  id,
  outlet,
  language,
  fingerprint: fingerprintText(text),
});

describe("describeCopyGroup", () => {
  test.each([
    {
      label: "three outlets with one agency text",
      members: [member("a", "Linden Post", AGENCY), member("b", "Valley Courier", AGENCY_COPY), member("c", "Marrow Herald", AGENCY)],
      decisions: [],
      expected: "3 outlets ran the same text",
    },
    {
      label: "a light rewrite",
      members: [member("a", "Linden Post", AGENCY), member("b", "Valley Courier", REWRITE)],
      decisions: [],
      expected: "2 outlets ran one text, lightly rewritten",
    },
    {
      label: "one outlet twice, or an unknown outlet, counts articles",
      members: [member("a", "Linden Post", AGENCY), member("b", "Linden Post", AGENCY), member("c", null, AGENCY)],
      decisions: [],
      expected: "3 articles carry the same text",
    },
    {
      label: "a translation joined by an editor",
      members: [member("a", "Linden Post", AGENCY), member("b", "Talblatt", AGENCY_GERMAN, "de")],
      decisions: [{ articleId: "a", otherId: "b", copies: true }],
      expected: "2 outlets ran one text, as an editor marked (translated)",
    },
  ])("$label: “$expected”", ({ members, decisions, expected }) => {
    expect(describeCopyGroup(members, decisions).headline).toBe(expected);
  });

  test("gives each member its closest fellow's similarity, and who joined it", () => {
    const described = describeCopyGroup(
      [member("a", "Linden Post", AGENCY), member("b", "Valley Courier", AGENCY), member("de", "Talblatt", AGENCY_GERMAN, "de")],
      [{ articleId: "a", otherId: "de", copies: true }],
    );
    expect(described.members).toEqual([
      { id: "a", similarity: 1, joinedByEditor: true },
      { id: "b", similarity: 1, joinedByEditor: false },
      { id: "de", similarity: null, joinedByEditor: true },
    ]);
  });
});
