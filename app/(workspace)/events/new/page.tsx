import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { hasRole } from "@/lib/auth/roles";
import { requireSignedIn } from "@/lib/auth/session";
import { NewEventForm } from "./new-event-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New event" };

// GET /events/new – the form for a new event (editors).
export default async function NewEventPage() {
  const user = await requireSignedIn("/events/new");
  if (!hasRole(user.role, "editor")) notFound();
  return (
    <>
      <nav className="text-sm text-stone-500" aria-label="Breadcrumb">
        <Link href="/events">Events</Link> /
      </nav>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">New event</h1>
      <p className="mt-1 max-w-2xl text-stone-600">
        An event gathers the articles that report on one story. Name it, then paste, upload or link its articles.
      </p>
      <NewEventForm />
    </>
  );
}
