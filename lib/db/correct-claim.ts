import "server-only";
import { claimReadingSchema, type ClaimReading, type CorrectClaimInput } from "../claims/schema";
import { formatValue } from "../compare";
import { AppError, EditConflictError } from "../errors";
import { recordAudit } from "./audit";
import { describeAsOf } from "../compare/describe-scope";
import { isPlaceKey, placeKeyOf } from "../places";
import { asOfFromColumns, asOfToColumns, claimValueFromColumns, claimValueToColumns } from "./claim-value-columns";
import { getDb, type DbClient } from "./client";
import { claimAsOfSelect, claimValueSelect } from "./selects";
import { figureStatusFromColumn } from "./stored-claim";

async function findLiveClaim(tx: DbClient, claimId: string) {
  return tx.claim.findFirst({
    where: { id: claimId, deletedAt: null, revision: { article: { deletedAt: null } } },
    select: {
      id: true,
      version: true,
      origin: true,
      quote: true,
      ...claimValueSelect,
      attribution: true,
      certainty: true,
      figureStatus: true,
      scope: true,
      ...claimAsOfSelect,
      readByMachine: true,
      revision: { select: { article: { select: { eventId: true, language: true } } } },
    },
  });
}
type LiveClaim = NonNullable<Awaited<ReturnType<typeof findLiveClaim>>>;

function readingOf(claim: LiveClaim): ClaimReading {
  return {
    value: claimValueFromColumns(claim),
    attribution: claim.attribution,
    certainty: claim.certainty,
    figureStatus: figureStatusFromColumn(claim.figureStatus),
    scope: claim.scope,
    asOf: asOfFromColumns(claim),
  };
}

/** A reading as a conflict shows it, field by field. */
function side(version: number, reading: ClaimReading) {
  return {
    version,
    value: formatValue(reading.value),
    claimant: reading.attribution,
    certainty: reading.certainty,
    stage: reading.figureStatus ?? null,
    scope: reading.scope,
    asOf: reading.asOf ? describeAsOf(reading.asOf) : null,
  };
}

/**
 * A person's correction of what a claim says (its value, claimant, certainty, the figure's stage,
 * scope place and as-of date), at the version they saw. The machine's first reading is kept beside it (set once,
 * never overwritten by later corrections), the claim counts as confirmed, and re-extraction never
 * writes over it. Throws NOT_FOUND for a deleted claim, INVALID for a value of another kind,
 * EditConflictError when someone saved first (nothing written). Returns the new version.
 */
export async function correctClaim(input: CorrectClaimInput, actor: string): Promise<number> {
  return getDb().$transaction(async (tx) => {
    const claim = await findLiveClaim(tx, input.claimId);
    if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist any more (it may have been deleted: see the event's history).");
    const before = readingOf(claim);
    // A typed place name becomes the key extraction would give it, so the claim compares alike.
    const language = claim.revision.article.language === "de" ? "de" : "en";
    const scope = input.scope === null || isPlaceKey(input.scope) ? input.scope : placeKeyOf(input.scope, language);
    const after: ClaimReading = { value: input.value, attribution: input.attribution, certainty: input.certainty, figureStatus: input.figureStatus, scope, asOf: input.asOf };
    const conflict = (now: LiveClaim) => new EditConflictError("claim", now.id, side(now.version, readingOf(now)), side(input.expectedVersion, after));
    if (claim.version !== input.expectedVersion) throw conflict(claim);
    const storedKind = claim.valueKind === "entity" ? "text" : claim.valueKind;
    if (input.value.kind !== storedKind) throw new AppError("INVALID", `This claim holds a ${claim.valueKind} value, not a ${input.value.kind}.`);

    const { count } = await tx.claim.updateMany({
      where: { id: claim.id, version: input.expectedVersion, deletedAt: null },
      data: {
        ...claimValueToColumns(input.value, claim.valueKind === "entity" ? "entity" : "text"),
        attribution: input.attribution,
        certainty: input.certainty,
        figureStatus: input.figureStatus,
        scope,
        ...asOfToColumns(input.asOf),
        // The machine's own reading, taken before its first correction.
        ...(claim.origin === "machine" && claim.readByMachine === null ? { readByMachine: claimReadingSchema.parse(before) } : {}),
        correctedAt: new Date(),
        status: "confirmed",
        version: { increment: 1 },
      },
    });
    if (count === 0) {
      const now = await findLiveClaim(tx, claim.id);
      if (!now) throw new AppError("NOT_FOUND", "That claim was deleted meanwhile.");
      throw conflict(now);
    }
    const version = input.expectedVersion + 1;
    await recordAudit(tx, {
      actor,
      action: "update",
      entityType: "claim",
      entityId: claim.id,
      eventId: claim.revision.article.eventId,
      before: { quote: claim.quote, ...before, version: claim.version },
      after: { quote: claim.quote, ...after, status: "confirmed", version },
    });
    return version;
  });
}
