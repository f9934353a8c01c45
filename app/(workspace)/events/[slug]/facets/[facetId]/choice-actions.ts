"use server";

import { z } from "zod";
import { authorize } from "@/lib/auth/session";
import { readFacetPage } from "@/lib/db/read-event-pages";
import { eventSlugSchema } from "@/lib/events/schema";
import { type ClaimChoice, claimChoices } from "./claim-choices";

const facetFormSchema = z.object({ slug: eventSlugSchema, facetId: z.uuid() });

/**
 * POST (server action) – the facet's compared claims as the verdict's evidence picker lists them,
 * asked for when the verdict form opens: a facet of hundreds of claims would otherwise carry
 * every label in the page for a form most readers never open. Empty for a facet not found.
 */
export async function evidenceChoicesAction(form: FormData): Promise<ClaimChoice[]> {
  await authorize("editor");
  // A form, as every action of the app takes a form (lib/http/check-action-request.ts).
  const parsed = facetFormSchema.safeParse({ slug: form.get("slug"), facetId: form.get("facetId") });
  if (!parsed.success) return [];
  // The facet's first page, as a reader without a query sees it: cached like the page itself.
  const loaded = await readFacetPage(parsed.data.slug, parsed.data.facetId, {});
  return loaded ? claimChoices(loaded.view.choices.filter((c) => c.leftOutBecause === null)) : [];
}
