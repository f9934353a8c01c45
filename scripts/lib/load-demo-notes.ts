import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { stanceSchema, tagsSchema } from "@/lib/annotations/schema";
import { findAnnotationsForEvent } from "@/lib/db/annotations";
import { findLatestRevisionByUrl } from "@/lib/db/articles";
import { findClaimsForRevision } from "@/lib/db/claims";
import { createAnnotation } from "@/lib/db/create-annotation";
import { recordVerdict } from "@/lib/db/record-verdict";
import { replyToAnnotation } from "@/lib/db/reply-to-annotation";
import { setAnnotationResolved } from "@/lib/db/set-annotation-resolved";
import { verdictRatingSchema } from "@/lib/verdicts/schema";

// The demo's editors' notes and verdict (prisma/demo/notes.json). Each passage is named by its
// words, found in the demo text when it loads (never by offsets), so rewording a demo article
// only needs its note's quote to follow; a quote that is no longer there stops the load loudly.

const passageSchema = z.object({ article: z.url(), quote: z.string().min(1) });
const demoNotesSchema = z.object({
  notes: z.array(
    passageSchema.extend({
      author: z.string().min(1),
      body: z.string().min(1),
      tags: tagsSchema,
      stance: stanceSchema.optional(),
      /** Link the note to the claim found at (or around) its words. */
      linkClaim: z.boolean().default(false),
      resolved: z.boolean().default(false),
      replies: z.array(z.object({ author: z.string().min(1), body: z.string().min(1) })).default([]),
    }),
  ),
  verdict: z.object({
    /** The verdict's facet: that of the claim at these words. */
    facetOf: passageSchema,
    author: z.string().min(1),
    rating: verdictRatingSchema,
    explanation: z.string().min(1),
    evidence: z.object({ claims: z.array(passageSchema), notes: z.array(z.string()) }),
  }),
});

const ACTOR = "demo";

/** Where a passage is in its article's latest revision, and the claims there. */
async function locate(eventId: string, passage: z.infer<typeof passageSchema>) {
  const revision = await findLatestRevisionByUrl(eventId, passage.article);
  if (!revision) throw new Error(`demo notes: no article ${passage.article} in the demo event`);
  const start = revision.text.indexOf(passage.quote);
  if (start === -1) throw new Error(`demo notes: "${passage.quote}" is no longer in ${passage.article}; update prisma/demo/notes.json`);
  const end = start + passage.quote.length;
  const claims = (await findClaimsForRevision(revision.id)).filter((c) => c.start < end && c.end > start);
  return { revisionId: revision.id, start, end, claim: claims[0] ?? null };
}

/**
 * Writes the demo's notes and verdict into the demo event, once: an event that already has notes
 * keeps them as they are. Needs the event's claims (run extraction first) for the links and the
 * verdict; a claim the extraction no longer finds is left out of the evidence, and without the
 * verdict's facet there is no verdict (a warning says so).
 */
export async function loadDemoNotes(eventId: string, dir: string): Promise<{ notes: number; verdict: boolean }> {
  if ((await findAnnotationsForEvent(eventId)).length > 0) return { notes: 0, verdict: false };
  const demo = demoNotesSchema.parse(JSON.parse(await readFile(path.join(dir, "notes.json"), "utf8")));
  const ids = new Map<string, string>();
  for (const note of demo.notes) {
    const at = await locate(eventId, note);
    const author = { id: null, name: note.author };
    const id = await createAnnotation(
      { revisionId: at.revisionId, start: at.start, end: at.end, body: note.body, tags: note.tags, stance: note.stance, claimId: note.linkClaim ? at.claim?.id : undefined },
      author,
      ACTOR,
    );
    for (const reply of note.replies) await replyToAnnotation({ annotationId: id, body: reply.body }, { id: null, name: reply.author }, ACTOR);
    if (note.resolved) await setAnnotationResolved({ annotationId: id, expectedVersion: 1, resolved: true }, ACTOR);
    ids.set(note.quote, id);
  }

  const facet = (await locate(eventId, demo.verdict.facetOf)).claim?.facet;
  if (!facet) {
    console.warn(`Demo verdict skipped: no claim was found at "${demo.verdict.facetOf.quote}".`);
    return { notes: demo.notes.length, verdict: false };
  }
  const claims = await Promise.all(demo.verdict.evidence.claims.map((passage) => locate(eventId, passage)));
  await recordVerdict(
    {
      facetId: facet.id,
      rating: demo.verdict.rating,
      explanation: demo.verdict.explanation,
      evidence: {
        claimIds: claims.flatMap((c) => (c.claim ? [c.claim.id] : [])),
        annotationIds: demo.verdict.evidence.notes.flatMap((quote) => ids.get(quote) ?? []),
      },
    },
    { id: null, name: demo.verdict.author },
    ACTOR,
  );
  return { notes: demo.notes.length, verdict: true };
}
