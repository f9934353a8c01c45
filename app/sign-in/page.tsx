import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { sameOriginPath } from "@/lib/http/same-origin-path";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// GET /sign-in – the only page anonymous visitors see.
export default async function SignInPage({ searchParams }: Props) {
  const target = sameOriginPath((await searchParams).next);
  if (await getCurrentUser()) redirect(target);
  return (
    <div className="mx-auto max-w-sm py-12">
      <h1 className="text-2xl font-semibold tracking-tight">Sign in to Claimdiff</h1>
      <p className="mt-2 text-sm text-stone-600">
        Accounts are created by your newsroom’s admin. The first one comes from{" "}
        <code className="font-mono">npm run cli -- user create</code>, or from the demo credentials that{" "}
        <code className="font-mono">npm start</code> prints.
      </p>
      <SignInForm next={target} />
    </div>
  );
}
