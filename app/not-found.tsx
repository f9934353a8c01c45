import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-3 text-stone-600">
        There is nothing at this address. It may have been deleted, or the link is mistyped.
      </p>
      <Link href="/events" className="mt-6 inline-block text-indigo-700 underline">
        Back to all events
      </Link>
    </div>
  );
}
