import { handle } from "@/lib/api/handle";
import { operations } from "@/lib/api/operations";
import { searchEverything } from "@/lib/db/search-everything";

// GET /api/search – articles, claims and notes matching a query, best first
export const GET = handle(operations.search, async ({ query }) => searchEverything(query));
