"use client";

import { useActionState } from "react";
import { signInAction, type SignInResult } from "./actions";

export function SignInForm({ next }: { next: string }) {
  const [result, action, pending] = useActionState<SignInResult, FormData>(signInAction, null);
  const field = "mt-1 w-full rounded-md border border-stone-300 bg-white px-3 py-2";
  return (
    <form action={action} className="mt-6 space-y-4">
      <input type="hidden" name="next" value={next} />
      <label className="block text-sm font-medium">
        Email
        {/* Keyed by the refused attempt, so the email typed comes back after the form resets. */}
        <input
          key={result ? `${result.email}:${result.message}` : "empty"}
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={result?.email}
          aria-describedby={result ? "sign-in-error" : undefined}
          className={field}
        />
      </label>
      <label className="block text-sm font-medium">
        Password
        <input name="password" type="password" autoComplete="current-password" required className={field} />
      </label>
      {result ? (
        <p id="sign-in-error" role="alert" className="text-sm text-red-700">
          {result.message}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-indigo-700 px-4 py-2 font-medium text-white hover:bg-indigo-800 disabled:bg-stone-400"
      >
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
