import type { Metadata } from "next";
import { hasRole } from "@/lib/auth/roles";
import { requireSignedIn } from "@/lib/auth/session";
import { findOutlets } from "@/lib/db/outlets";
import { EmptyState } from "../_components/empty-state";
import { languageName } from "../_components/format";
import { OutletForm } from "./outlet-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Outlets" };

// GET /outlets – who publishes: the outlets all events share, to add and correct.
export default async function OutletsPage() {
  const user = await requireSignedIn("/outlets");
  const canEdit = hasRole(user.role, "editor");
  const outlets = await findOutlets();
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Outlets</h1>
      <p className="mt-1 max-w-3xl text-stone-600">
        Who publishes. Outlets are shared by every event: an article names one, chosen from this list or made from its URL’s domain.
        Imports match outlets by domain, so an outlet with its domain set is found again.
      </p>
      {canEdit ? (
        <section className="mt-6 rounded-lg border border-stone-200 bg-white p-4" aria-labelledby="new-outlet-heading">
          <h2 id="new-outlet-heading" className="mb-2 text-sm font-semibold">
            New outlet
          </h2>
          <OutletForm />
        </section>
      ) : null}
      <section className="mt-8" aria-labelledby="outlets-heading">
        <h2 id="outlets-heading" className="text-lg font-semibold">
          All outlets <span className="text-stone-500">({outlets.length})</span>
        </h2>
        {outlets.length === 0 ? (
          <div className="mt-3">
            <EmptyState title="No outlets yet">Imports make them from what a page or a file says; or add one above.</EmptyState>
          </div>
        ) : (
          <ul className="mt-3 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {outlets.map((outlet) => (
              <li key={outlet.id} className="px-4 py-3">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p>
                    <span className="font-medium">{outlet.name}</span>
                    <span className="ml-2 font-mono text-xs text-stone-600">{outlet.domain ?? "no domain"}</span>
                  </p>
                  <p className="text-xs text-stone-600">
                    {outlet.country ?? "country not set"} · {outlet.language ? languageName(outlet.language) : "language not set"} · {outlet.articleCount}{" "}
                    {outlet.articleCount === 1 ? "article" : "articles"}
                  </p>
                </div>
                {canEdit ? (
                  <details className="mt-2">
                    <summary className="cursor-pointer text-sm text-indigo-800">Edit</summary>
                    <div className="mt-2">
                      <OutletForm outlet={outlet} />
                    </div>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
