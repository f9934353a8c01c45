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
      before: "Fast 10.000 Soldaten sind in Russland.\n\nEnde.",
      after: "Mehr als 10.000 Soldaten sind in Russland.\n\nEnde.",
      expected: ["Fast 10.000 Soldaten sind in Russland. | Mehr als 10.000 Soldaten sind in Russland.", "Ende. | Ende."],
    },
    {
      label: "Edited paragraph found among added ones",
      before: "Kopf.\n\nEtwa 8.000 Soldaten sind in Kursk.\n\nFuß.",
      after: "Kopf.\n\nGanz neu hier.\n\nEtwa 8.000 nordkoreanische Soldaten sind in Kursk.\n\nFuß.",
      expected: [
        "Kopf. | Kopf.",
        "- | Ganz neu hier.",
        "Etwa 8.000 Soldaten sind in Kursk. | Etwa 8.000 nordkoreanische Soldaten sind in Kursk.",
        "Fuß. | Fuß.",
      ],
    },
    {
      label: "Unrelated paragraphs are not paired",
      before: "Kopf.\n\nDer Vertrag wurde im Juni unterzeichnet.",
      after: "Kopf.\n\nPutin sprach von mehreren Tausend.",
      expected: ["Kopf. | Kopf.", "Der Vertrag wurde im Juni unterzeichnet. | -", "- | Putin sprach von mehreren Tausend."],
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
    const [row] = alignParagraphs("Fast 10.000 Soldaten.", "Mehr als 10.000 Soldaten.");
    expect(row?.segments).toEqual([
      { kind: "delete", text: "Fast" },
      { kind: "insert", text: "Mehr als" },
      { kind: "equal", text: " 10.000 Soldaten." },
    ]);
  });
});
