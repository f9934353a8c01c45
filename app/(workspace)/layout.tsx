import { requireSignedIn } from "@/lib/auth/session";

// Everything in the workspace needs a signed-in user; anonymous visitors go to /sign-in.
export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  await requireSignedIn();
  return children;
}
