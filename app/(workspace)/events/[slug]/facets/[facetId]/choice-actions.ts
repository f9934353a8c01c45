"use server";

import { z } from "zod";
import { authorize } from "@/lib/auth/session";
import { findNotesAboutFacet } from "@/lib/db/annotations";
import { readFacetPage } from "@/lib/db/read-event-pages";
import { eventSlugSchema } from "@/lib/events/schema";
import { type ClaimChoice, claimChoices } from "./claim-choices";
import { clipText } from "@/lib/text/clip-text";

const facetFormSchema = z.object({ slug: eventSlugSchema, facetId: z.uuid() });

/** What a verdict can rest on: the facet's compared claims and the notes about it, each as [id, label]. */
export type EvidenceChoices = { claims: ClaimChoice[]; notes: ClaimChoice[] };

/**
 * POST (server action) – the claims and notes the verdict's evidence picker lists, asked for when
 * the verdict form opens: a facet of hundreds of claims would otherwise carry every label in the
 * page (and read every note about it) for a form most readers never open. Empty lists for a facet
 * not found.
 */
export async function evidenceChoicesAction(form: FormData): Promise<EvidenceChoices> {
  await authorize("editor");
  // A form, as every action of the app takes a form (lib/http/check-action-request.ts).
  const parsed = facetFormSchema.safeParse({ slug: form.get("slug"), facetId: form.get("facetId") });
  if (!parsed.success) return { claims: [], notes: [] };
  // The facet's first page, as a reader without a query sees it: cached like the page itself.
  const loaded = await readFacetPage(parsed.data.slug, parsed.data.facetId, {});
  if (!loaded) return { claims: [], notes: [] };
  const notes = await findNotesAboutFacet(loaded.facet.id);
  return {
    claims: claimChoices(loaded.view.choices.filter((c) => c.leftOutBecause === null)),
    notes: notes.map((n) => [n.id, `${n.author.name} on “${clipText(n.quote.exact, 50)}”`] as const),
  };
}
