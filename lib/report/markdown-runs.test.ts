import { expect, test } from "vitest";
import { markdownRuns, plainText } from "./markdown-runs";

test.each([
  { label: "plain text is one run", input: "Ask the Red Cross.", runs: [[{ text: "Ask the Red Cross." }]] },
  {
    label: "bold, italic and code",
    input: "**10,000** is *older*, see `KCNA`",
    runs: [[{ text: "10,000", bold: true }, { text: " is " }, { text: "older", italic: true }, { text: ", see " }, { text: "KCNA", code: true }]],
  },
  { label: "an http link", input: "[briefing](https://example.org/b)", runs: [[{ text: "briefing", href: "https://example.org/b" }]] },
  { label: "a javascript: link stays text", input: "[x](javascript:alert(1))", runs: [[{ text: "[x](javascript:alert(1))" }]] },
  { label: "raw HTML stays text", input: "<script>alert(1)</script>", runs: [[{ text: "<script>alert(1)</script>" }]] },
  { label: "snake_case is not italic", input: "a claim_id here", runs: [[{ text: "a claim_id here" }]] },
  { label: "blank lines split paragraphs, line breaks join", input: "one\ntwo\n\nthree", runs: [[{ text: "one two" }], [{ text: "three" }]] },
  { label: "empty", input: "  \n ", runs: [] },
])("$label", ({ input, runs }) => {
  expect(markdownRuns(input)).toEqual(runs);
});

test("plain text drops the markup", () => {
  expect(plainText("**a** and [b](https://x.example)\n\nc")).toBe("a and b\n\nc");
});
