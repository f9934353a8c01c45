import { describe, expect, test } from "vitest";
import { alignParagraphs } from "./align-paragraphs";

// Each row as "before | after", with "-" for a missing side, so the table shows the layout.
const layout = (before: string, after: string) =>
  alignParagraphs(before, after).map((row) => `${row.before ?? "-"} | ${row.after ?? "-"}`);

describe("alignParagraphs", () => {
  test.each([
    { label: "Null case", before: "", after: "", expected: [] },
    { label: "Equal texts", before: "Eins.\n\nZwei.", after: "Eins.\n\nZwei.", expected: ["Eins. | Eins.", "Zwei. | Zwei."] },
    {
      label: "Inserted paragraph gets a row of its own",
      before: "Eins.\n\nZwei.",
      after: "Eins.\n\nNeu.\n\nZwei.",
      expected: ["Eins. | Eins.", "- | Neu.", "Zwei. | Zwei."],
    },
    {
      label: "Deleted paragraph gets a row of its own",
      before: "Eins.\n\nAlt.\n\nZwei.",
      after: "Eins.\n\nZwei.",
      expected: ["Eins. | Eins.", "Alt. | -", "Zwei. | Zwei."],
    },
    {
      label: "Edited paragraph faces its new version",
      before: "Fast 10.000 Menschen sind in Leeds auf der Straße.\n\nEnde.",
      after: "Mehr als 10.000 Menschen sind in Leeds auf der Straße.\n\nEnde.",
      expected: ["Fast 10.000 Menschen sind in Leeds auf der Straße. | Mehr als 10.000 Menschen sind in Leeds auf der Straße.", "Ende. | Ende."],
    },
    {
      label: "Edited paragraph found among added ones",
      before: "Kopf.\n\nEtwa 8.000 Häuser sind in Bayern beschädigt.\n\nFuß.",
      after: "Kopf.\n\nGanz neu hier.\n\nEtwa 8.000 überflutete Häuser sind in Bayern beschädigt.\n\nFuß.",
      expected: [
        "Kopf. | Kopf.",
        "- | Ganz neu hier.",
        "Etwa 8.000 Häuser sind in Bayern beschädigt. | Etwa 8.000 überflutete Häuser sind in Bayern beschädigt.",
        "Fuß. | Fuß.",
      ],
    },
    {
      label: "Unrelated paragraphs are not paired",
      before: "Kopf.\n\nDer Haushalt wurde im Juni beschlossen.",
      after: "Kopf.\n\nDie Polizei sprach von mehreren Tausend.",
      expected: ["Kopf. | Kopf.", "Der Haushalt wurde im Juni beschlossen. | -", "- | Die Polizei sprach von mehreren Tausend."],
    },
    {
      label: "Windows line breaks and extra blank lines",
      before: "Eins.\r\n\r\n\r\nZwei.\r\n",
      after: "Eins.\n \nZwei.",
      expected: ["Eins. | Eins.", "Zwei. | Zwei."],
    },
  ])("$label", ({ before, after, expected }) => {
    expect(layout(before, after)).toEqual(expected);
  });

  test("segments of a paired row are its word diff", () => {
    const [row] = alignParagraphs("Fast 10.000 Menschen.", "Mehr als 10.000 Menschen.");
    expect(row?.segments).toEqual([
      { kind: "delete", text: "Fast" },
      { kind: "insert", text: "Mehr als" },
      { kind: "equal", text: " 10.000 Menschen." },
    ]);
  });
});
