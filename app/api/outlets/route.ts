import { handle } from "@/lib/api/handle";
import { operations } from "@/lib/api/operations";
import { findOutlets } from "@/lib/db/outlets";
import { createOutlet } from "@/lib/db/save-outlet";

// GET /api/outlets – every outlet with its article count
export const GET = handle(operations.listOutlets, async () => ({ outlets: await findOutlets() }));

// POST /api/outlets – create an outlet
export const POST = handle(operations.createOutlet, async ({ body, user }) => createOutlet(body, user.id));
