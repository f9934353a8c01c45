import { handle } from "@/lib/api/handle";
import { operations } from "@/lib/api/operations";
import { updateOutlet } from "@/lib/db/save-outlet";

// PATCH /api/outlets/{id} – correct an outlet
export const PATCH = handle(operations.updateOutlet, async ({ params, body, user }) => updateOutlet(params.id, body, user.id));
