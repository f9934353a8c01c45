import { randomBytes } from "node:crypto";
import { createUser, hasNoUsers } from "@/lib/db/create-user";

export const DEMO_ADMIN_EMAIL = "admin@claimdiff.example";

/**
 * On a database nobody can sign in to yet, creates the demo admin and returns its credentials
 * (to be shown once); null when accounts exist. CLAIMDIFF_DEMO_ADMIN_PASSWORD fixes the password
 * for automated runs; otherwise it is random.
 */
export async function createDemoAdmin(): Promise<{ email: string; password: string } | null> {
  if (!(await hasNoUsers())) return null;
  const password = process.env.CLAIMDIFF_DEMO_ADMIN_PASSWORD || randomBytes(12).toString("base64url");
  await createUser({ email: DEMO_ADMIN_EMAIL, name: "Demo admin", role: "admin", password }, "demo");
  return { email: DEMO_ADMIN_EMAIL, password };
}
