import { describe, expect, test } from "vitest";
import { noteFormSchema } from "./note-form";

const CLAIM = "5f0c6a52-3a49-4a5e-9d0c-3f3f0d5b2a11";

describe("noteFormSchema", () => {
  test.each([
    { label: "a bare note", form: { body: "Check this." }, expected: { body: "Check this.", tags: [], claimId: undefined, facetId: undefined } },
    { label: "tags typed with commas, case and repeats", form: { body: "x", tags: "Valencia, death toll , valencia," }, expected: { tags: ["valencia", "death toll"] } },
    { label: "a link to a claim", form: { body: "x", link: `claim:${CLAIM}`, stance: "contradicts" }, expected: { claimId: CLAIM, facetId: undefined, stance: "contradicts" } },
    { label: "a link to a facet", form: { body: "x", link: `facet:${CLAIM}` }, expected: { claimId: undefined, facetId: CLAIM } },
    { label: "no stance chosen", form: { body: "x", stance: "" }, expected: { stance: undefined } },
  ])("$label", ({ form, expected }) => {
    expect(noteFormSchema.parse(form)).toMatchObject(expected);
  });

  test.each([
    { label: "an empty body", form: { body: "   " }, field: "body" },
    { label: "a link to something else", form: { body: "x", link: "article:1" }, field: "link" },
    { label: "a tag with markup", form: { body: "x", tags: "<b>bold</b>" }, field: "tags" },
    { label: "an unknown stance", form: { body: "x", stance: "maybe" }, field: "stance" },
  ])("refuses $label", ({ form, field }) => {
    const result = noteFormSchema.safeParse(form);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });
});
