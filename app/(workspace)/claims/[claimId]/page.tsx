import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { requireSignedIn } from "@/lib/auth/session";
import { findClaimPlace } from "@/lib/db/claims";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ claimId: string }> };

// GET /claims/[claimId] – a claim's short address: its card in its facet's view. The overview links
// its thousands of cells here, so each link is a fifth of the facet view's full address.
export default async function ClaimPage({ params }: Props) {
  await requireSignedIn();
  const id = z.uuid().safeParse((await params).claimId);
  const place = id.success ? await findClaimPlace(id.data) : null;
  if (!place) notFound();
  redirect(`/events/${place.slug}/facets/${place.facetId}?claim=${id.data}#claim-${id.data}`);
}
