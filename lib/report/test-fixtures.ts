import { contentHash } from "@/lib/articles/content-hash";
import { EXPORT_SCHEMA_VERSION, type EventExport, type ExportClaim } from "@/lib/export/schema";
import type { ReportInput, VerdictInput } from "./schema";

// A small event in the export's shape for the report's tests: three outlets (two German, one
// English) that disagree about how many people were evacuated, agree about a date, and one article revised.

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

export const IDS = {
  articles: { regio: id(1), dorf: id(2), pinewood: id(3) },
  revisions: { regio: id(11), dorf: id(12), dorfOld: id(13), pinewood: id(14) },
  facets: { evacuated: id(21), damBreak: id(22), saxony: id(23) },
  annotations: { onClaim: id(41), loose: id(42) },
} as const;

const texts = {
  regio: "Feuerwehr warnt\n\nLaut Feuerwehr waren bis Montag fast 10.000 Menschen in Deutschland evakuiert. Der Damm brach am 19. Juni 2024.",
  dorf: "Roth in Sachsen\n\nRoth sagt, mehr als 10.000 Menschen waren bis Montag evakuiert, etwa 8.000 in Sachsen.",
  dorfOld: "Roth in Sachsen\n\nRoth sagt, 12.000 Menschen waren evakuiert.",
  pinewood: "Red Cross\n\nThe Red Cross said several thousand people had been evacuated by Monday. The dam broke on 19 June 2024.",
};

function claimIn(text: string, quote: string, fields: Omit<ExportClaim, "quote" | "start" | "end">): ExportClaim {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return { ...fields, quote, start, end: start + quote.length };
}

const quantity = (min: number | null, max: number | null, minInclusive = true, maxInclusive = true) =>
  ({ kind: "quantity", min, max, minInclusive, maxInclusive }) as const;
const june19 = { kind: "date", from: "2024-06-19", to: "2024-06-19", precision: "day" } as const;
// "bis Montag", "by Monday": the figures of the whole country are of one day, so they can conflict.
const monday = { from: "2024-10-14", to: "2024-10-14" };

/** The event as `claimdiff export --format json` would give it. */
export function exportFixture(): EventExport {
  const { articles: a, revisions: r, facets: f } = IDS;
  const base = { origin: "machine", status: "proposed", certainty: "stated" } as const;
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    event: { slug: "flood-fixture", title: "Evacuations in the river flood", description: "A fixture event." },
    articles: [
      {
        id: a.regio,
        title: "Feuerwehr warnt",
        url: "https://regio-kurier.example/flut",
        outlet: { name: "Regio-Kurier", domain: "regio-kurier.example", country: "DE", language: "de" },
        publishedAt: "2024-10-18",
        language: "de",
        revisions: [{ id: r.regio, number: 1, createdAt: "2026-11-01T10:00:00.000Z", contentHash: contentHash(texts.regio), text: texts.regio }],
      },
      {
        id: a.dorf,
        title: "Roth in Sachsen",
        outlet: { name: "Dorfbote" },
        publishedAt: "2024-11-05",
        language: "de",
        revisions: [
          { id: r.dorfOld, number: 1, createdAt: "2026-11-01T10:00:01.000Z", contentHash: contentHash(texts.dorfOld), text: texts.dorfOld },
          { id: r.dorf, number: 2, createdAt: "2026-11-02T10:00:00.000Z", contentHash: contentHash(texts.dorf), text: texts.dorf },
        ],
      },
      {
        id: a.pinewood,
        title: "Red Cross",
        url: "https://pinewood-dispatch.example/red-cross",
        outlet: { name: "Pinewood Dispatch", language: "en" },
        publishedAt: "2024-10-28",
        language: "en",
        revisions: [{ id: r.pinewood, number: 1, createdAt: "2026-11-01T10:00:02.000Z", contentHash: contentHash(texts.pinewood), text: texts.pinewood }],
      },
    ],
    facets: [
      {
        id: f.damBreak,
        key: "date:dam-break",
        label: "When did the dam break?",
        kind: "date",
        origin: "machine",
        createdAt: "2026-11-01T10:00:03.000Z",
        claims: [
          claimIn(texts.regio, "am 19. Juni 2024", { ...base, id: id(31), articleId: a.regio, revisionId: r.regio, value: june19 }),
          claimIn(texts.pinewood, "on 19 June 2024", { ...base, id: id(32), articleId: a.pinewood, revisionId: r.pinewood, value: june19 }),
        ],
        relations: [],
      },
      {
        id: f.evacuated,
        key: "quantity:evacuated",
        label: "How many people were evacuated in Germany?",
        kind: "quantity",
        origin: "machine",
        createdAt: "2026-11-01T10:00:04.000Z",
        claims: [
          claimIn(texts.regio, "fast 10.000 Menschen", {
            ...base,
            id: id(33),
            articleId: a.regio,
            revisionId: r.regio,
            value: quantity(9000, 10000, true, false),
            asOf: monday,
            attribution: "Feuerwehr",
            figureStatus: "provisional",
            status: "confirmed",
          }),
          claimIn(texts.dorf, "mehr als 10.000 Menschen", {
            ...base,
            id: id(34),
            articleId: a.dorf,
            revisionId: r.dorf,
            value: quantity(10000, null, false),
            asOf: monday,
            attribution: "Jana Roth",
          }),
          claimIn(texts.dorfOld, "12.000 Menschen", { ...base, id: id(35), articleId: a.dorf, revisionId: r.dorfOld, value: quantity(12000, 12000) }),
          claimIn(texts.pinewood, "several thousand people", {
            ...base,
            id: id(36),
            articleId: a.pinewood,
            revisionId: r.pinewood,
            value: quantity(2000, 9999),
            asOf: monday,
            attribution: "Red Cross",
            certainty: "reported",
          }),
          claimIn(texts.regio, "Menschen in Deutschland", { ...base, id: id(37), articleId: a.regio, revisionId: r.regio, value: quantity(1, 1), status: "rejected" }),
        ],
        relations: [],
      },
      {
        id: f.saxony,
        key: "quantity:evacuated@DE/Saxony",
        label: "How many people were evacuated in Saxony?",
        kind: "quantity",
        origin: "machine",
        createdAt: "2026-11-01T10:00:05.000Z",
        claims: [
          claimIn(texts.dorf, "etwa 8.000 in Sachsen", {
            ...base,
            id: id(38),
            articleId: a.dorf,
            revisionId: r.dorf,
            value: quantity(7600, 8400),
            scope: "DE/Saxony",
          }),
        ],
        relations: [],
      },
    ],
    annotations: [
      {
        id: IDS.annotations.onClaim,
        articleId: a.dorf,
        revisionId: r.dorf,
        claimId: id(34),
        quote: { exact: "mehr als 10.000 Menschen", prefix: "sagt, ", suffix: " sind" },
        position: { start: 0, end: 10 },
        body: "Roth said this on **5 November**; <script>alert(1)</script> check the transcript.",
        tags: ["source-check"],
        createdAt: "2026-11-03T09:00:00.000Z",
      },
      {
        id: IDS.annotations.loose,
        articleId: a.pinewood,
        revisionId: r.pinewood,
        quote: { exact: "The Red Cross said", prefix: "", suffix: " several" },
        position: { start: 10, end: 27 },
        body: "Ask the Red Cross for its shelter lists.",
        tags: [],
        createdAt: "2026-11-03T09:30:00.000Z",
      },
    ],
    verdicts: [],
  };
}

/** The fixture with a rated verdict on the evacuation figure (and an older, superseded one). */
export function reportInputFixture(verdicts: VerdictInput[] = defaultVerdicts()): ReportInput {
  return { exported: exportFixture(), verdicts };
}

export function defaultVerdicts(): VerdictInput[] {
  return [
    { facetId: IDS.facets.evacuated, explanation: "An older verdict.", date: "2026-11-02" },
    {
      facetId: IDS.facets.evacuated,
      rating: "mostly-false",
      explanation: "The ministry's figure of **more than 10,000** counts people in shelters twice; the *almost 10,000* of the fire brigade holds.",
      author: "Dana Fact",
      date: "2026-11-04",
    },
  ];
}
