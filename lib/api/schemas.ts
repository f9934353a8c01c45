import { z } from "zod";
import { auditEventIdSchema } from "../audit/schema";
import { roleSchema, userIdSchema } from "../auth/roles";
import { eventSlugSchema } from "../events/schema";

// The request and response shapes of the API that no concept module owns already; the others
// (the export, a new user) are imported from their concept. Responses carry JSON only: dates as
// ISO strings, ids of the audit log (bigint) as decimal strings.

const timestampSchema = z.iso.datetime({ offset: true });

/** Every error the API answers with: a sentence for the person, and per-field problems for 422. */
export const apiErrorSchema = z.object({
  error: z.string().describe("What went wrong, in a sentence meant for the person who caused it."),
  issues: z
    .record(z.string(), z.array(z.string()))
    .optional()
    .describe("For invalid input (422): the problems of each field, by field name."),
});

export const eventSlugParamsSchema = z.object({
  slug: eventSlugSchema.describe("The event's slug, as in its address: /events/{slug}."),
});

export const userIdParamsSchema = z.object({
  id: userIdSchema.describe("The account's id, as GET /api/users lists it."),
});

export const eventListSchema = z.object({
  events: z.array(
    z.object({
      id: z.uuid(),
      slug: eventSlugSchema,
      title: z.string(),
      description: z.string().nullable(),
      createdAt: timestampSchema,
      articleCount: z.int().min(0),
      facetCount: z.int().min(0).describe("Facets in use (dismissed ones are not counted)."),
    }),
  ),
});

export const extractionSummarySchema = z.object({
  articles: z.int().min(0).describe("Articles read (their latest revision)."),
  skipped: z.array(z.object({ title: z.string(), reason: z.string() })),
  facetsCreated: z.int().min(0),
  claimsCreated: z.int().min(0),
  claimsKept: z.int().min(0),
  claimsRefreshed: z.int().min(0).describe("Kept machine claims still awaiting review that newer rules read differently: read anew."),
  claimsRemoved: z.int().min(0).describe("Machine claims still awaiting review that are no longer found."),
});

export const importOutcomeSchema = z.object({
  status: z
    .enum(["created", "revised", "unchanged"])
    .describe("created: a new article; revised: a new revision of an article with the same URL (or title); unchanged: this text is already stored."),
  articleId: z.uuid(),
  revision: z.int().min(1),
  carried: z
    .record(z.enum(["annotations", "claims"]), z.object({ anchored: z.int().min(0), moved: z.int().min(0), orphaned: z.int().min(0) }))
    .optional()
    .describe(
      "For a new revision: how the notes and the claims people made on the earlier ones were carried to it — on their words, moved to words a person should confirm, or orphaned (left on their revision).",
    ),
});

export const historyQuerySchema = z.object({
  before: auditEventIdSchema
    .transform(BigInt)
    .optional()
    .describe("Only entries older than the one with this id (the last `id` of the previous page)."),
  take: z.coerce.number().int().min(1).max(500).default(100).describe("Entries per page."),
});

/** Any JSON value: what the record keeps of a change, before and after. */
export const jsonValueSchema = z.json();
export type JsonValue = z.infer<typeof jsonValueSchema>;

export const historySchema = z.object({
  entries: z.array(
    z.object({
      id: z.string().regex(/^\d+$/).describe("Increases with every change recorded."),
      at: timestampSchema,
      actor: z.string().describe("The id of the account that made the change, or the tool that did."),
      action: z.enum(["create", "update", "delete", "restore"]),
      entityType: z.string(),
      entityId: z.string(),
      summary: z.string().describe("The change in words, as the history page shows it."),
      before: jsonValueSchema.describe("The changed fields before (null for a creation)."),
      after: jsonValueSchema.describe("The changed fields after (null for a deletion)."),
    }),
  ),
  hasMore: z.boolean().describe("Whether older entries exist: ask again with `before` = the last id."),
});

export const userListSchema = z.object({
  users: z.array(
    z.object({
      id: z.string(),
      email: z.string(),
      name: z.string(),
      role: roleSchema,
      createdAt: timestampSchema,
      sessions: z.int().min(0).describe("Signed-in browsers."),
    }),
  ),
});

export const createdUserSchema = z.object({ id: z.string(), email: z.string(), role: roleSchema });

export const setRoleBodySchema = z.object({ role: roleSchema });

export const userRoleSchema = z.object({ id: z.string(), role: roleSchema });

export const revokedSessionsSchema = z.object({
  id: z.string(),
  sessionsRevoked: z.int().min(0).describe("Browsers signed out; each must sign in again."),
});

/** The parts of an OpenAPI document a client relies on; the rest passes through unchecked. */
export const openApiDocumentSchema = z.looseObject({
  openapi: z.literal("3.1.0"),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.looseObject({ operationId: z.string(), "x-required-role": z.string() }))),
});

// ---- Events, articles, outlets and jobs (ingest) ----

export const eventSchema = z.object({
  id: z.uuid(),
  slug: eventSlugSchema,
  title: z.string(),
  description: z.string().nullable(),
  version: z.int().min(1),
  createdAt: timestampSchema,
});

export const versionSchema = z.object({ version: z.int().min(1).describe("The version now: send it as expectedVersion with the next change.") });

export const deletedEventSchema = z.object({
  slug: eventSlugSchema,
  deleted: z.literal(true),
  undo: z.string().describe("The event's history page, where an editor undoes the deletion."),
});

export const idParamsSchema = z.object({ id: z.uuid().describe("The id, as the list or the creating call returned it.") });

export const outletSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  domain: z.string().nullable(),
  country: z.string().nullable(),
  language: z.string().nullable(),
  version: z.int().min(1),
});

export const outletListSchema = z.object({ outlets: z.array(outletSchema.extend({ articleCount: z.int().min(0) })) });

export const articleDetailSchema = z.object({
  id: z.uuid(),
  event: z.object({ slug: z.string(), title: z.string() }),
  title: z.string(),
  url: z.string().nullable(),
  outlet: outletSchema.pick({ id: true, name: true, domain: true }).nullable(),
  publishedAt: z.iso.date().nullable(),
  language: z.string(),
  author: z.string().nullable(),
  version: z.int().min(1),
  revisions: z.array(z.object({ number: z.int().min(1), createdAt: timestampSchema, contentHash: z.string() })),
});

export const startedJobSchema = z.object({
  jobId: z.uuid(),
  items: z.int().min(1),
  status: z.string().describe("Where to follow the job: GET this path."),
});

// ---- Notes (annotations) ----

export const annotationIdParamsSchema = z.object({ id: z.uuid().describe("The note's id.") });

/** A deletion names the version the editor saw, like every change. */
export const deleteAnnotationQuerySchema = z.object({
  expectedVersion: z.coerce.number().int().min(1).describe("The note's version the caller saw; an older one is refused with 409."),
});

export const deletedSchema = z.object({ id: z.uuid(), deleted: z.literal(true) });
