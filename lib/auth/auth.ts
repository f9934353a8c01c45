import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { recordSignInAttempt } from "../db/sign-in-attempts";
import { getDb } from "../db/client";
import { readEnv } from "../env";
import { clientAddress, signInRefusal } from "./sign-in-limit";

function createAuth() {
  const env = readEnv();
  if (!env.BETTER_AUTH_SECRET) {
    throw new Error("BETTER_AUTH_SECRET is not set. `npm start` creates one under .data/; a server needs its own.");
  }
  const appUrl = env.APP_URL ?? `http://localhost:${env.PORT}`;
  return betterAuth({
    secret: env.BETTER_AUTH_SECRET,
    baseURL: appUrl,
    // The same app is reached as localhost and 127.0.0.1 on a developer's machine.
    trustedOrigins: [appUrl, `http://localhost:${env.PORT}`, `http://127.0.0.1:${env.PORT}`],
    database: prismaAdapter(getDb(), { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      // Newsroom accounts are created by an admin (or the CLI), never by visitors.
      disableSignUp: true,
      minPasswordLength: 10,
      maxPasswordLength: 256,
    },
    user: {
      additionalFields: {
        role: { type: "string", input: false, defaultValue: "viewer" },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // The library's own limiter counts in each instance's memory; ours (below) counts in
    // PostgreSQL, per account and per address, and so holds across instances.
    rateLimit: { enabled: false },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const email = typeof ctx.body?.email === "string" ? ctx.body.email.trim().toLowerCase().slice(0, 320) : "";
        const counts = await recordSignInAttempt(email, clientAddress(ctx.headers?.get("x-forwarded-for") ?? null));
        const refusal = signInRefusal(counts);
        if (refusal) throw new APIError("TOO_MANY_REQUESTS", { message: refusal });
      }),
    },
    advanced: { cookiePrefix: "claimdiff" },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { claimdiffAuth?: Auth };

/** The auth library's instance, created on first use (so building the app needs no secret). */
export function getAuth(): Auth {
  globalForAuth.claimdiffAuth ??= createAuth();
  return globalForAuth.claimdiffAuth;
}
