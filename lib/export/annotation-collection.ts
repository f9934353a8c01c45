import { z } from "zod";
import { textPositionSelectorSchema, textQuoteSelectorSchema } from "../anchoring/schema";
import type { Stance } from "../annotations/schema";

// W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) for an event's notes:
// `claimdiff export --format annotations` and GET /api/events/{slug}/export?format=annotations.

export const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/** One note as the export reads it: the note, its thread, its author and the revision it is pinned to. */
export type ExportableNote = {
  id: string;
  body: string;
  tags: string[];
  stance: Stance | null;
  claimId: string | null;
  facetId: string | null;
  author: { id: string | null; name: string };
  resolved: boolean;
  createdAt: string;
  updatedAt: string;
  revisionId: string;
  language: string;
  quote: z.infer<typeof textQuoteSelectorSchema>;
  position: z.infer<typeof textPositionSelectorSchema>;
  replies: { id: string; body: string; author: { id: string | null; name: string }; createdAt: string }[];
};

const iri = z.string().regex(/^[a-z][a-z0-9+.-]*:\S+$/i, "an IRI");
const agentSchema = z.object({ id: iri.optional(), type: z.literal("Person"), name: z.string() });
const textualBodySchema = z.object({
  type: z.literal("TextualBody"),
  value: z.string(),
  format: z.literal("text/markdown").optional(),
  purpose: z.enum(["commenting", "assessing", "tagging", "replying"]),
});
const linkBodySchema = z.object({ type: z.literal("SpecificResource"), source: iri, purpose: z.literal("linking") });

/** One W3C annotation: a note (commenting or assessing, with tagging bodies) or a reply to one. */
export const webAnnotationSchema = z.object({
  "@context": z.literal(ANNOTATION_CONTEXT),
  id: iri,
  type: z.literal("Annotation"),
  motivation: z.array(z.enum(["commenting", "assessing", "tagging", "replying"])).min(1),
  creator: agentSchema,
  created: z.iso.datetime({ offset: true }),
  modified: z.iso.datetime({ offset: true }),
  body: z.array(z.union([textualBodySchema, linkBodySchema])).min(1),
  target: z.union([
    iri,
    z.object({
      type: z.literal("SpecificResource"),
      source: z.object({ id: iri, type: z.literal("Text"), format: z.literal("text/plain"), language: z.string() }),
      selector: z.tuple([textQuoteSelectorSchema.extend({ type: z.literal("TextQuoteSelector") }), textPositionSelectorSchema.safeExtend({ type: z.literal("TextPositionSelector") })]),
    }),
  ]),
});
export type WebAnnotation = z.infer<typeof webAnnotationSchema>;

/** The notes of one event as a W3C AnnotationCollection whose single page holds them all. */
export const annotationCollectionSchema = z
  .object({
    "@context": z.literal(ANNOTATION_CONTEXT),
    id: iri,
    type: z.literal("AnnotationCollection"),
    label: z.string(),
    total: z.int().min(0),
    first: z.object({ type: z.literal("AnnotationPage"), startIndex: z.literal(0), items: z.array(webAnnotationSchema) }),
  })
  .meta({ title: "W3C Web Annotation collection of an event's notes" });
export type AnnotationCollection = z.infer<typeof annotationCollectionSchema>;

const urn = (id: string) => `urn:uuid:${id}`;
const person = (author: { id: string | null; name: string }) => ({
  ...(author.id ? { id: `urn:claimdiff:user:${encodeURIComponent(author.id)}` } : {}),
  type: "Person" as const,
  name: author.name,
});

/**
 * A note as a W3C annotation: its markdown body commenting (or assessing, when it takes a stance
 * toward a claim or facet), one tagging body per tag, a linking body per linked claim or facet,
 * and the revision it is pinned to as the target's source, with both selectors.
 */
export function toWebAnnotation(note: ExportableNote): WebAnnotation {
  const purpose = note.stance === "supports" || note.stance === "contradicts" ? "assessing" : "commenting";
  const links = [note.claimId, note.facetId].flatMap((id) => (id ? [{ type: "SpecificResource" as const, source: urn(id), purpose: "linking" as const }] : []));
  return {
    "@context": ANNOTATION_CONTEXT,
    id: urn(note.id),
    type: "Annotation",
    motivation: note.tags.length ? [purpose, "tagging"] : [purpose],
    creator: person(note.author),
    created: note.createdAt,
    modified: note.updatedAt,
    body: [
      { type: "TextualBody", value: note.body, format: "text/markdown", purpose },
      ...note.tags.map((tag) => ({ type: "TextualBody" as const, value: tag, purpose: "tagging" as const })),
      ...links,
    ],
    target: {
      type: "SpecificResource",
      source: { id: urn(note.revisionId), type: "Text", format: "text/plain", language: note.language },
      selector: [
        { type: "TextQuoteSelector", exact: note.quote.exact, prefix: note.quote.prefix, suffix: note.quote.suffix },
        { type: "TextPositionSelector", start: note.position.start, end: note.position.end },
      ],
    },
  };
}

/** A reply, as the W3C model has it: an annotation replying to the note. */
function toReply(note: ExportableNote, reply: ExportableNote["replies"][number]): WebAnnotation {
  return {
    "@context": ANNOTATION_CONTEXT,
    id: urn(reply.id),
    type: "Annotation",
    motivation: ["replying"],
    creator: person(reply.author),
    created: reply.createdAt,
    modified: reply.createdAt,
    body: [{ type: "TextualBody", value: reply.body, format: "text/markdown", purpose: "replying" }],
    target: urn(note.id),
  };
}

/** Every note of an event, each followed by its replies, as one AnnotationCollection. */
export function toAnnotationCollection(event: { slug: string; title: string }, notes: readonly ExportableNote[]): AnnotationCollection {
  const items = notes.flatMap((note) => [toWebAnnotation(note), ...note.replies.map((reply) => toReply(note, reply))]);
  return {
    "@context": ANNOTATION_CONTEXT,
    id: `urn:claimdiff:event:${encodeURIComponent(event.slug)}:annotations`,
    type: "AnnotationCollection",
    label: `Notes on “${event.title}”`,
    total: items.length,
    first: { type: "AnnotationPage", startIndex: 0, items },
  };
}
