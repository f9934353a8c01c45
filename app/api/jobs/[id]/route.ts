import { handle } from "@/lib/api/handle";
import { operations } from "@/lib/api/operations";
import { findJobProgress } from "@/lib/db/jobs";
import { AppError } from "@/lib/errors";

// GET /api/jobs/{id} – a background job and the state of each of its items
export const GET = handle(operations.getJob, async ({ params }) => {
  const job = await findJobProgress(params.id);
  if (!job) throw new AppError("NOT_FOUND", "There is no such job.");
  return job;
});
