import { createUser } from "@/lib/db/create-user";
import { disconnectDb } from "@/lib/db/client";
import { findEventBySlug } from "@/lib/db/events";
import { findFacetsForEvent } from "@/lib/db/facets";
import { insertGeneratedEvent } from "@/lib/db/insert-generated-event";
import { generateEvent, type GeneratedEventSize } from "./generate-event";

export const BENCH_EVENT = "bench-overview";

export type SeededEvent = {
  /** The event overview's path. */
  overview: string;
  /** The facet view of the event's first facet. */
  facetView: string;
  /** The facet views of the first four facets (the first one's first). */
  facetViews: string[];
  /** The first facet's id. */
  facetId: string;
  articles: number;
  facets: number;
  claims: number;
};

/**
 * Stores the generated event (replacing one of the same slug) in the database at `databaseUrl`,
 * and, when asked, `editors` editor accounts (bench-editor-N@claimdiff.example) with `password`.
 */
export async function seedBenchEvent(
  databaseUrl: string,
  size: GeneratedEventSize,
  editors: { count: number; password: string } = { count: 0, password: "" },
): Promise<SeededEvent> {
  process.env.DATABASE_URL = databaseUrl;
  try {
    const input = generateEvent(size);
    await insertGeneratedEvent(BENCH_EVENT, `Generated: ${size.articles} articles × ${size.facets} facets`, input, "bench");
    const event = await findEventBySlug(BENCH_EVENT);
    const facets = event ? await findFacetsForEvent(event.id) : [];
    const [facet] = facets;
    if (!event || !facet) throw new Error("the generated event was not stored");
    for (let i = 1; i <= editors.count; i += 1) {
      await createUser({ email: benchEditorEmail(i), name: `Bench editor ${i}`, role: "editor", password: editors.password }, "bench");
    }
    return {
      overview: `/events/${BENCH_EVENT}`,
      facetView: `/events/${BENCH_EVENT}/facets/${facet.id}`,
      facetViews: facets.slice(0, 4).map((f) => `/events/${BENCH_EVENT}/facets/${f.id}`),
      facetId: facet.id,
      articles: input.articles.length,
      facets: input.facets.length,
      claims: input.facets.reduce((n, f) => n + f.claims.length, 0),
    };
  } finally {
    await disconnectDb();
  }
}

export const benchEditorEmail = (i: number) => `bench-editor-${i}@claimdiff.example`;
