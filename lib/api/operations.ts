import { MAX_ARTICLE_BYTES } from "../articles/schema";
import { createUserInputSchema } from "../auth/roles";
import { eventExportSchema } from "../export/schema";
import { defineOperation, MAX_JSON_BODY_BYTES, type Operation } from "./operation";
import {
  createdUserSchema,
  eventListSchema,
  eventSlugParamsSchema,
  extractionSummarySchema,
  historyQuerySchema,
  historySchema,
  importOutcomeSchema,
  openApiDocumentSchema,
  revokedSessionsSchema,
  setRoleBodySchema,
  userIdParamsSchema,
  userListSchema,
  userRoleSchema,
} from "./schemas";

// Every operation of the API, each declared once. A route handler is `handle(operations.x, …)`
// (lib/api/handle.ts), the OpenAPI document lists exactly these (lib/api/openapi.ts), and the
// authorization matrix (tests/e2e/api-authorization.spec.ts) calls every one of them as every
// role, so a route outside this list, or one without its role, cannot go unnoticed.

const NO_EVENT = "No event has this slug.";

export const operations = {
  listEvents: defineOperation({
    operationId: "listEvents",
    method: "GET",
    path: "/api/events",
    tag: "events",
    summary: "List the events with their article and facet counts",
    access: "viewer",
    response: { status: 200, description: "Every event, newest first.", schema: eventListSchema },
  }),

  exportEvent: defineOperation({
    operationId: "exportEvent",
    method: "GET",
    path: "/api/events/{slug}/export",
    tag: "events",
    summary: "Export everything about one event as versioned JSON",
    details: "The same document as `claimdiff export --format json` (schemaVersion 1).",
    access: "viewer",
    params: eventSlugParamsSchema,
    response: { status: 200, description: "The event's export.", schema: eventExportSchema },
    notFound: NO_EVENT,
  }),

  extractEventClaims: defineOperation({
    operationId: "extractEventClaims",
    method: "POST",
    path: "/api/events/{slug}/extract",
    tag: "events",
    summary: "Find the claims in every article of an event",
    details:
      "Reads the latest revision of every article and files its claims under proposed facets. " +
      "Idempotent; a person's decisions (confirmed, rejected, moved or hand-made claims, renamed or dismissed facets) stay.",
    access: "editor",
    params: eventSlugParamsSchema,
    response: { status: 200, description: "What the extraction found, kept and removed.", schema: extractionSummarySchema },
    notFound: NO_EVENT,
  }),

  importArticle: defineOperation({
    operationId: "importArticle",
    method: "POST",
    path: "/api/events/{slug}/articles",
    tag: "events",
    summary: "Import one article file into an event",
    details:
      "The body is the file itself, as `claimdiff import` reads it: UTF-8 text with optional YAML front matter " +
      "(title, url, outlet, published, language). The same text again changes nothing; a changed text for the same " +
      "url (or title) becomes a new revision. An empty, binary or non-UTF-8 file is refused with 422 and the reason.",
    access: "editor",
    params: eventSlugParamsSchema,
    body: {
      type: "bytes",
      mediaTypes: ["text/plain", "text/markdown"],
      maxBytes: MAX_ARTICLE_BYTES,
      description: "The article file (.txt or .md), at most 5 MB.",
    },
    response: { status: 200, description: "Whether the article was created, revised or already stored.", schema: importOutcomeSchema },
    notFound: NO_EVENT,
  }),

  listEventHistory: defineOperation({
    operationId: "listEventHistory",
    method: "GET",
    path: "/api/events/{slug}/history",
    tag: "events",
    summary: "List the recorded changes of an event, newest first",
    access: "viewer",
    params: eventSlugParamsSchema,
    query: historyQuerySchema,
    response: { status: 200, description: "One page of the event's record of changes.", schema: historySchema },
    notFound: NO_EVENT,
  }),

  listUsers: defineOperation({
    operationId: "listUsers",
    method: "GET",
    path: "/api/users",
    tag: "users",
    summary: "List every account with its role",
    access: "admin",
    response: { status: 200, description: "Every account, admins first.", schema: userListSchema },
  }),

  createUser: defineOperation({
    operationId: "createUser",
    method: "POST",
    path: "/api/users",
    tag: "users",
    summary: "Create an account that signs in with email and password",
    access: "admin",
    body: { type: "json", schema: createUserInputSchema, maxBytes: MAX_JSON_BODY_BYTES },
    response: { status: 201, description: "The new account.", schema: createdUserSchema },
    conflict: "There is already an account for this email.",
  }),

  setUserRole: defineOperation({
    operationId: "setUserRole",
    method: "PATCH",
    path: "/api/users/{id}",
    tag: "users",
    summary: "Give an account another role",
    details: "The last admin cannot be demoted, so the newsroom cannot lock itself out.",
    access: "admin",
    params: userIdParamsSchema,
    body: { type: "json", schema: setRoleBodySchema, maxBytes: MAX_JSON_BODY_BYTES },
    response: { status: 200, description: "The account's role now.", schema: userRoleSchema },
    notFound: "No account has this id.",
    conflict: "This is the last admin.",
  }),

  signOutUserEverywhere: defineOperation({
    operationId: "signOutUserEverywhere",
    method: "POST",
    path: "/api/users/{id}/sign-out-everywhere",
    tag: "users",
    summary: "Sign an account out of every browser",
    details: "For a lost laptop or a leaver: every session of the account ends; it keeps its password.",
    access: "admin",
    params: userIdParamsSchema,
    response: { status: 200, description: "How many sessions ended.", schema: revokedSessionsSchema },
  }),

  getOpenApiDocument: defineOperation({
    operationId: "getOpenApiDocument",
    method: "GET",
    path: "/api/openapi.json",
    tag: "meta",
    summary: "This API described as an OpenAPI 3.1 document",
    access: "public",
    response: { status: 200, description: "The OpenAPI document.", schema: openApiDocumentSchema },
  }),
} satisfies Record<string, Operation>;

export type OperationId = keyof typeof operations;

/** The operations in the order the document lists them. */
export const allOperations: readonly Operation[] = Object.values(operations);
