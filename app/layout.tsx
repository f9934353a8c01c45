import type { Metadata } from "next";
import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import Link from "next/link";
import { connection } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { signOutAction, signOutEverywhereAction } from "./sign-in/actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claimdiff", template: "%s · Claimdiff" },
  description: "See where news sources disagree about the same event.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request so Next can put proxy.ts's CSP nonce on its scripts; a page
  // prerendered at build time (the 404 page) would carry scripts the policy blocks.
  await connection();
  const user = await getCurrentUser();
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="min-h-screen font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-2">
          Skip to content
        </a>
        <header className="border-b border-stone-200 bg-white">
          <nav className="mx-auto flex max-w-6xl items-center gap-6 px-6 py-3" aria-label="Main">
            <Link href="/events" className="text-lg font-semibold tracking-tight no-underline">
              Claim<span className="text-indigo-700">diff</span>
            </Link>
            {user ? (
              <>
                <Link href="/events" className="text-sm text-stone-600 hover:text-stone-900">
                  Events
                </Link>
                <Link href="/outlets" className="text-sm text-stone-600 hover:text-stone-900">
                  Outlets
                </Link>
                {user.role === "admin" ? (
                  <Link href="/admin/users" className="text-sm text-stone-600 hover:text-stone-900">
                    Users
                  </Link>
                ) : null}
                <form action="/search" method="get" role="search" aria-label="Search everything" className="ml-auto">
                  <input
                    type="search"
                    name="q"
                    aria-label="Search articles, claims and notes"
                    placeholder="Search articles, claims, notes"
                    maxLength={200}
                    className="w-64 rounded-md border border-stone-300 bg-stone-50 px-3 py-1 text-sm focus:bg-white"
                  />
                </form>
                <div className="flex items-center gap-3 text-sm text-stone-600">
                  <span>
                    {user.name} <span className="text-stone-600">({user.role})</span>
                  </span>
                  <form action={signOutAction}>
                    <button type="submit" className="rounded-md border border-stone-300 px-2.5 py-1 hover:bg-stone-50">
                      Sign out
                    </button>
                  </form>
                  <form action={signOutEverywhereAction}>
                    <button type="submit" aria-label="Sign out everywhere" title="Sign out of every browser and device" className="text-stone-500 underline hover:text-stone-800">
                      everywhere
                    </button>
                  </form>
                </div>
              </>
            ) : null}
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-6 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
