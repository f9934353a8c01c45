import { z } from "zod";
import { roleSchema } from "../auth/roles";
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
  id: z.string().trim().min(1).max(100).describe("The account's id, as GET /api/users lists it."),
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
  claimsRemoved: z.int().min(0).describe("Machine claims still awaiting review that are no longer found."),
});

export const importOutcomeSchema = z.object({
  status: z
    .enum(["created", "revised", "unchanged"])
    .describe("created: a new article; revised: a new revision of an article with the same URL (or title); unchanged: this text is already stored."),
  articleId: z.uuid(),
  revision: z.int().min(1),
});

export const historyQuerySchema = z.object({
  before: z
    .string()
    .regex(/^[1-9]\d{0,18}$/, "use the id of an entry")
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
