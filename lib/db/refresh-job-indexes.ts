import "server-only";
import { addSearchTerms } from "./add-search-terms";
import { getDb } from "./client";
import { refreshEventIndexes } from "./refresh-event-indexes";

/**
 * Brings the event of a finished import job up to date, once for the whole job: the words of every
 * article it created go into the search vocabulary, and the event's indexes follow
 * (`refreshEventIndexes`: new revisions' paragraphs and fingerprints, copy groups, the search
 * indexes' pending lists). The job's batches stored their new articles' paragraphs as they went;
 * refreshing after each batch cost a large import this work once per batch. Idempotent.
 */
export async function refreshJobIndexes(job: { id: string; eventId: string; createdBy: string }): Promise<void> {
  // The texts are read back rather than kept by the batches: a job's batches may run on several workers.
  const created = await getDb().$queryRaw<{ text: string }[]>`
    SELECT r.text FROM job_item i JOIN article_revision r ON r.article_id = i.article_id AND r.number = i.revision
     WHERE i.job_id = ${job.id}::uuid AND i.outcome = 'created'`;
  await addSearchTerms(created.map((row) => row.text));
  await refreshEventIndexes(job.eventId, job.createdBy);
}
