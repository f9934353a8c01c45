import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { z } from "zod";
import { admitSignInAttempt, recordSignInSuccess } from "../db/sign-in-attempts";
import { getDb } from "../db/client";
import { readEnv } from "../env";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-rule";
import { requestClientAddress } from "../http/client-address";

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
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
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
        // Only what the app uses is open; the library's other routes (update-user,
        // change-password, change-email…) would change accounts outside the audit log.
        if (!OPEN_AUTH_PATHS.has(ctx.path)) throw new APIError("NOT_FOUND", { message: "Not found." });
        if (ctx.path !== "/sign-in/email") return;
        // Something that is not an email address signs no one in (the library refuses it next),
        // so it is not counted against anyone's limit.
        const email = emailOf(ctx.body);
        if (!z.email().safeParse(email).success) return;
        const refusal = await admitSignInAttempt(email, requestClientAddress(ctx.headers));
        if (refusal) {
          throw new APIError("TOO_MANY_REQUESTS", { message: refusal.message, code: "TOO_MANY_ATTEMPTS", retryAfterMinutes: refusal.retryAfterMinutes });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path === "/sign-in/email" && ctx.context.newSession) {
          await recordSignInSuccess(emailOf(ctx.body), requestClientAddress(ctx.headers));
        }
      }),
    },
    advanced: { cookiePrefix: "claimdiff" },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

/**
 * The auth library's routes the app uses: signing in and out, reading the session, ending one's
 * sessions. Everything else it offers answers 404 (admins manage accounts through /api/users).
 */
const OPEN_AUTH_PATHS = new Set(["/sign-in/email", "/sign-out", "/get-session", "/revoke-sessions", "/ok", "/error"]);

function emailOf(body: unknown): string {
  const email = typeof body === "object" && body && "email" in body ? body.email : undefined;
  return typeof email === "string" ? email.trim().toLowerCase().slice(0, 320) : "";
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { claimdiffAuth?: Auth };

/** The auth library's instance, created on first use (so building the app needs no secret). */
export function getAuth(): Auth {
  globalForAuth.claimdiffAuth ??= createAuth();
  return globalForAuth.claimdiffAuth;
}
