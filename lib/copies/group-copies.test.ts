import { describe, expect, test } from "vitest";
import { fingerprintText } from "./fingerprint-text";
import { groupCopies } from "./group-copies";
import type { CopyCandidate, CopyDecision } from "./schema";
import { AGENCY, AGENCY_COPY, AGENCY_GERMAN, BRIEF, INDEPENDENT, REWRITE } from "./test-texts";

const article = (id: string, text: string, language = "en"): CopyCandidate => ({ id, language, fingerprint: fingerprintText(text) });
const groupsOf = (articles: CopyCandidate[], decisions: CopyDecision[] = []) => groupCopies(articles, decisions).map((g) => g.articleIds);

describe("groupCopies", () => {
  test.each([
    { label: "Null case", articles: [], decisions: [], expected: [] },
    {
      label: "the same agency text under three outlets is one group; an independent report stays alone",
      articles: [article("a", AGENCY), article("indie", INDEPENDENT), article("b", AGENCY_COPY), article("c", AGENCY)],
      decisions: [],
      expected: [["a", "b", "c"]],
    },
    {
      label: "a light rewrite and a brief that ran the first half join their source",
      articles: [article("rewrite", REWRITE), article("source", AGENCY), article("brief", BRIEF)],
      decisions: [],
      expected: [["rewrite", "source", "brief"]],
    },
    {
      label: "texts in two languages are not compared by the machine",
      articles: [article("en", AGENCY), article("de", AGENCY_GERMAN, "de")],
      decisions: [],
      expected: [],
    },
    {
      label: "an editor joins a translation by hand",
      articles: [article("en", AGENCY), article("de", AGENCY_GERMAN, "de")],
      decisions: [{ articleId: "de", otherId: "en", copies: true }],
      expected: [["en", "de"]],
    },
    {
      label: "an article without a fingerprint joins only by hand",
      articles: [article("a", AGENCY), { id: "new", language: "en", fingerprint: null }],
      decisions: [],
      expected: [],
    },
    {
      label: "texts too short to judge are never called copies",
      articles: [article("a", "Flood in Marrow, mayor says."), article("b", "Flood in Marrow, mayor says.")],
      decisions: [],
      expected: [],
    },
    {
      label: "an editor's split holds, even when a later article resembles both sides",
      articles: [article("a", AGENCY), article("b", AGENCY_COPY), article("later", AGENCY)],
      decisions: [{ articleId: "a", otherId: "b", copies: false }],
      expected: [["a", "later"]],
    },
    {
      label: "decisions about unknown articles are ignored",
      articles: [article("a", AGENCY), article("b", AGENCY_COPY)],
      decisions: [{ articleId: "a", otherId: "gone", copies: false }],
      expected: [["a", "b"]],
    },
  ])("$label", ({ articles, decisions, expected }) => {
    expect(groupsOf(articles, decisions)).toEqual(expected);
  });

  test("says which pairs joined a group, by whom and how similar", () => {
    const [group] = groupCopies([article("a", AGENCY), article("b", AGENCY_COPY), article("de", AGENCY_GERMAN, "de")], [
      { articleId: "a", otherId: "de", copies: true },
    ]);
    expect(group?.links).toEqual([
      { a: "a", b: "de", similarity: 1, by: "editor" },
      { a: "a", b: "b", similarity: expect.closeTo(0.95, 1), by: "machine" },
    ]);
  });
});
