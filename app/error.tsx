"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-3 text-stone-600">
        The page could not be loaded. If the database was restarted, trying again usually helps; if
        it keeps failing, check the server log
        {error.digest ? (
          <>
            {" "}
            for reference <code className="font-mono text-sm">{error.digest}</code>
          </>
        ) : null}
        .
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800"
      >
        Try again
      </button>
    </div>
  );
}
