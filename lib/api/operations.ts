import { MAX_ARTICLE_BYTES, outletFormSchema, updateArticleInputSchema, updateOutletInputSchema } from "../articles/schema";
import { createEventInputSchema, updateEventInputSchema } from "../events/schema";
import { importRequestSchema, jobProgressSchema, MAX_IMPORT_BYTES } from "../jobs/schema";
import { annotationFiltersSchema, annotationSchema, createAnnotationInputSchema, noteBodySchema, updateAnnotationInputSchema } from "../annotations/schema";
import { createUserInputSchema } from "../auth/roles";
import { eventExportSchema } from "../export/schema";
import { ANNOTATIONS_FORMAT, exportQuerySchema, REPORT_FORMATS } from "../report/formats";
import { searchQuerySchema, searchResultsSchema } from "../search/schema";
import { defineOperation, MAX_JSON_BODY_BYTES, type Operation } from "./operation";
import { z } from "zod";
import {
  articleDetailSchema,
  deletedEventSchema,
  eventSchema,
  idParamsSchema,
  outletListSchema,
  outletSchema,
  startedJobSchema,
  versionSchema,
  annotationIdParamsSchema,
  createdUserSchema,
  deleteAnnotationQuerySchema,
  deletedSchema,
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
const NO_NOTE = "No note has this id (or it was deleted).";

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
    summary: "Export one event: everything as versioned JSON, or its comparison report as a file",
    details:
      "Without `format`, the JSON export (versioned by schemaVersion) as the response. With `format`, a file to save " +
      "(Content-Disposition: attachment), streamed as it is made: the same bytes as `claimdiff export --format <format>`. " +
      "`facets`, `disputedOnly`, `notes` and `language` shape the report (every format but json and annotations). " +
      "`annotations` is the editors' notes as a W3C Web Annotation AnnotationCollection (JSON-LD).",
    access: "viewer",
    params: eventSlugParamsSchema,
    query: exportQuerySchema,
    response: {
      status: 200,
      description: "The event's export, or the report file.",
      schema: eventExportSchema,
      files: [...Object.values(REPORT_FORMATS), ANNOTATIONS_FORMAT]
        .filter((format) => format.extension !== "json")
        .map((format) => ({ mediaType: format.mediaType, description: `${format.label}: ${format.description}.` })),
    },
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

  search: defineOperation({
    operationId: "search",
    method: "GET",
    path: "/api/search",
    tag: "search",
    summary: "Search articles, claims and notes",
    details:
      "Full-text search in each article's language (German and English stemming, accents ignored), over the paragraphs " +
      "of every article's latest revision, the claims on them and the editors' notes. A query word found in no article " +
      "is also searched for as the closest words that are (trigram similarity): `alsoSearchedFor` lists them. Each hit " +
      "has its sentence with the matched words marked, as text segments, and `href`, the reader at that place.",
    access: "viewer",
    query: searchQuerySchema,
    response: { status: 200, description: "One page of hits, best first.", schema: searchResultsSchema },
  }),

  createEvent: defineOperation({
    operationId: "createEvent",
    method: "POST",
    path: "/api/events",
    tag: "events",
    summary: "Create an event",
    details: "The slug is its address (/events/{slug}) and cannot be changed later; the title and description can.",
    access: "editor",
    body: { type: "json", schema: createEventInputSchema, maxBytes: MAX_JSON_BODY_BYTES },
    response: { status: 201, description: "The new event.", schema: eventSchema },
    conflict: "An event (perhaps a deleted one) already has this slug.",
  }),

  updateEvent: defineOperation({
    operationId: "updateEvent",
    method: "PATCH",
    path: "/api/events/{slug}",
    tag: "events",
    summary: "Rename or describe an event",
    details: "Send the version you read (GET /api/events lists none: the event page, or the previous answer, has it).",
    access: "editor",
    params: eventSlugParamsSchema,
    body: { type: "json", schema: updateEventInputSchema, maxBytes: MAX_JSON_BODY_BYTES },
    response: { status: 200, description: "The event's version now.", schema: versionSchema },
    notFound: NO_EVENT,
    conflict: "Someone saved the event since the version you sent; the answer carries both versions.",
  }),

  deleteEvent: defineOperation({
    operationId: "deleteEvent",
    method: "DELETE",
    path: "/api/events/{slug}",
    tag: "events",
    summary: "Delete an event (softly: undoable from its history)",
    access: "editor",
    params: eventSlugParamsSchema,
    response: { status: 200, description: "The event is deleted; its history page can undo it.", schema: deletedEventSchema },
    notFound: NO_EVENT,
  }),

  startImport: defineOperation({
    operationId: "startImport",
    method: "POST",
    path: "/api/events/{slug}/imports",
    tag: "events",
    summary: "Import URLs, files and texts into an event, as a background job",
    details:
      "URLs are fetched by the server (http and https only; never addresses of the server's own machine or private " +
      "networks unless the operator allows them with CLAIMDIFF_FETCH_ALLOW); web pages are reduced to their article with " +
      "its title, outlet, author, date and language. Files (.txt, .md, .html) are sent base64-encoded. Follow the job at " +
      "GET /api/jobs/{id}: each item is created, revised, unchanged, refused (with the reason) or failed.",
    access: "editor",
    params: eventSlugParamsSchema,
    body: { type: "json", schema: importRequestSchema, maxBytes: Math.ceil(MAX_IMPORT_BYTES * 1.4) },
    response: { status: 201, description: "The job that imports them.", schema: startedJobSchema },
    notFound: NO_EVENT,
  }),

  startExtraction: defineOperation({
    operationId: "startExtraction",
    method: "POST",
    path: "/api/events/{slug}/extraction-jobs",
    tag: "events",
    summary: "Find the claims of an event's articles, as a background job",
    details: "The same work as POST /api/events/{slug}/extract, run by a worker; follow it at GET /api/jobs/{id}.",
    access: "editor",
    params: eventSlugParamsSchema,
    response: { status: 201, description: "The job that finds the claims.", schema: startedJobSchema },
    notFound: NO_EVENT,
  }),

  getJob: defineOperation({
    operationId: "getJob",
    method: "GET",
    path: "/api/jobs/{id}",
    tag: "events",
    summary: "Follow a background job: each item's state and outcome",
    access: "viewer",
    params: idParamsSchema,
    response: { status: 200, description: "The job and its items.", schema: jobProgressSchema },
    notFound: "No job has this id.",
  }),

  getArticle: defineOperation({
    operationId: "getArticle",
    method: "GET",
    path: "/api/articles/{id}",
    tag: "events",
    summary: "An article's metadata, version and revisions",
    access: "viewer",
    params: idParamsSchema,
    response: { status: 200, description: "The article.", schema: articleDetailSchema },
    notFound: "No live article has this id.",
  }),

  updateArticle: defineOperation({
    operationId: "updateArticle",
    method: "PATCH",
    path: "/api/articles/{id}",
    tag: "events",
    summary: "Set or correct an article's title, URL, outlet, date, language and author",
    details: 'All fields are sent, with the version you read. `outlet` is an outlet id, null, or "from-url" (the outlet of the URL\'s domain, made when missing).',
    access: "editor",
    params: idParamsSchema,
    body: { type: "json", schema: updateArticleInputSchema, maxBytes: MAX_JSON_BODY_BYTES },
    response: { status: 200, description: "The article's version now.", schema: versionSchema },
    notFound: "No live article has this id.",
    conflict: "Someone saved the article since the version you sent, or another article of the event has this URL.",
  }),

  listOutlets: defineOperation({
    operationId: "listOutlets",
    method: "GET",
    path: "/api/outlets",
    tag: "events",
    summary: "List the outlets (shared by all events) with their article counts",
    access: "viewer",
    response: { status: 200, description: "Every outlet, by name.", schema: outletListSchema },
  }),

  createOutlet: defineOperation({
    operationId: "createOutlet",
    method: "POST",
    path: "/api/outlets",
    tag: "events",
    summary: "Create an outlet",
    access: "editor",
    body: { type: "json", schema: outletFormSchema, maxBytes: MAX_JSON_BODY_BYTES },
    response: { status: 201, description: "The new outlet.", schema: outletSchema },
    conflict: "Another outlet has this name or domain.",
  }),

  updateOutlet: defineOperation({
    operationId: "updateOutlet",
    method: "PATCH",
    path: "/api/outlets/{id}",
    tag: "events",
    summary: "Correct an outlet's name, domain, country or language",
    access: "editor",
    params: idParamsSchema,
    body: { type: "json", schema: updateOutletInputSchema, maxBytes: MAX_JSON_BODY_BYTES },
    response: { status: 200, description: "The outlet's version now.", schema: versionSchema },
    notFound: "No outlet has this id.",
    conflict: "Someone saved the outlet since the version you sent, or another outlet has this name or domain.",
  }),

  listEventAnnotations: defineOperation({
    operationId: "listEventAnnotations",
    method: "GET",
    path: "/api/events/{slug}/annotations",
    tag: "annotations",
    summary: "List the notes of an event, by article in reading order",
    details: "Filters combine; empty ones show everything. Orphans (their words gone from the latest revision) stay on the revision they were made on.",
    access: "viewer",
    params: eventSlugParamsSchema,
    query: annotationFiltersSchema,
    response: { status: 200, description: "The notes that pass the filters.", schema: z.object({ annotations: z.array(annotationSchema) }) },
    notFound: NO_EVENT,
  }),

  createAnnotation: defineOperation({
    operationId: "createAnnotation",
    method: "POST",
    path: "/api/events/{slug}/annotations",
    tag: "annotations",
    summary: "Write a note on words of the latest revision of an article",
    details:
      "The range (UTF-16 offsets into the revision text) is snapped to whole words; the note stores the W3C " +
      "TextQuoteSelector (with 32 characters of context on each side) and TextPositionSelector of the snapped words.",
    access: "editor",
    params: eventSlugParamsSchema,
    body: { type: "json", schema: createAnnotationInputSchema, maxBytes: MAX_JSON_BODY_BYTES },
    response: { status: 201, description: "The new note.", schema: annotationSchema },
    notFound: "No event has this slug, or the revision, claim or facet is not part of it.",
  }),

  getAnnotation: defineOperation({
    operationId: "getAnnotation",
    method: "GET",
    path: "/api/annotations/{id}",
    tag: "annotations",
    summary: "Read one note with its thread",
    access: "viewer",
    params: annotationIdParamsSchema,
    response: { status: 200, description: "The note.", schema: annotationSchema },
    notFound: NO_NOTE,
  }),

  updateAnnotation: defineOperation({
    operationId: "updateAnnotation",
    method: "PATCH",
    path: "/api/annotations/{id}",
    tag: "annotations",
    summary: "Change what a note says (body, tags, stance, linked claim or facet)",
    details: "Send every field, and the version you saw: a save based on an older version is refused with 409 and both versions.",
    access: "editor",
    params: annotationIdParamsSchema,
    body: { type: "json", schema: updateAnnotationInputSchema.omit({ annotationId: true }), maxBytes: MAX_JSON_BODY_BYTES },
    response: { status: 200, description: "The note as saved.", schema: annotationSchema },
    notFound: NO_NOTE,
    conflict: "Someone saved the note since the version you name.",
  }),

  deleteAnnotation: defineOperation({
    operationId: "deleteAnnotation",
    method: "DELETE",
    path: "/api/annotations/{id}",
    tag: "annotations",
    summary: "Delete a note (softly: the event's history can undo it)",
    access: "editor",
    params: annotationIdParamsSchema,
    query: deleteAnnotationQuerySchema,
    response: { status: 200, description: "The note is deleted.", schema: deletedSchema },
    notFound: NO_NOTE,
    conflict: "Someone saved the note since the version you name.",
  }),

  replyToAnnotation: defineOperation({
    operationId: "replyToAnnotation",
    method: "POST",
    path: "/api/annotations/{id}/replies",
    tag: "annotations",
    summary: "Reply in a note's thread",
    access: "editor",
    params: annotationIdParamsSchema,
    body: { type: "json", schema: z.object({ body: noteBodySchema }), maxBytes: MAX_JSON_BODY_BYTES },
    response: { status: 201, description: "The note with its thread.", schema: annotationSchema },
    notFound: NO_NOTE,
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
