import { handle } from "@/lib/api/handle";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { operations } from "@/lib/api/operations";

// The document depends on the code only, so it is built once per server.
let document: ReturnType<typeof buildOpenApiDocument> | undefined;

// GET /api/openapi.json – this API as an OpenAPI 3.1 document, generated from lib/api/operations.ts
export const GET = handle(operations.getOpenApiDocument, async () => {
  document ??= buildOpenApiDocument();
  return document;
});
