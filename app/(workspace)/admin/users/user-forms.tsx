"use client";

import { useActionState } from "react";
import { changeRoleAction, inviteUserAction, revokeSessionsAction, type UserActionResult } from "./actions";

const ROLES = ["viewer", "editor", "admin"] as const;
const field = "mt-1 w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm";

function Feedback({ result }: { result: UserActionResult | null }) {
  if (!result) return null;
  return (
    <p role="status" className={`text-sm ${result.ok ? "text-green-800" : "text-red-700"}`}>
      {result.message}
      {result.ok && result.password ? <code className="ml-2 rounded bg-stone-100 px-1.5 py-0.5 font-mono">{result.password}</code> : null}
    </p>
  );
}

export function InviteUserForm() {
  const [result, action, pending] = useActionState<UserActionResult | null, FormData>(inviteUserAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <form action={action} aria-label="Invite someone" className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-4">
      <label className="text-sm sm:col-span-2">
        Email
        <input name="email" type="email" required className={field} />
        {errors?.email ? <span className="text-xs text-red-700">{errors.email.join(", ")}</span> : null}
      </label>
      <label className="text-sm">
        Name (optional)
        <input name="name" className={field} />
      </label>
      <label className="text-sm">
        Role
        <select name="role" defaultValue="editor" className={field}>
          {ROLES.map((role) => (
            <option key={role}>{role}</option>
          ))}
        </select>
      </label>
      <div className="flex items-center gap-3 sm:col-span-4">
        <button type="submit" disabled={pending} className="rounded-md bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-800 disabled:bg-stone-400">
          {pending ? "Creating…" : "Create account"}
        </button>
        <Feedback result={result} />
      </div>
    </form>
  );
}

export function RoleForm({ userId, role, email }: { userId: string; role: string; email: string }) {
  const [result, action, pending] = useActionState<UserActionResult | null, FormData>(changeRoleAction, null);
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <select name="role" defaultValue={role} aria-label={`Role of ${email}`} className="rounded-md border border-stone-300 bg-white px-2 py-1 text-sm">
        {ROLES.map((r) => (
          <option key={r}>{r}</option>
        ))}
      </select>
      <button type="submit" disabled={pending} className="rounded-md border border-stone-300 px-2 py-1 text-sm hover:bg-stone-50">
        Save
      </button>
      <Feedback result={result} />
    </form>
  );
}

export function RevokeSessionsForm({ userId, email }: { userId: string; email: string }) {
  const [result, action, pending] = useActionState<UserActionResult | null, FormData>(revokeSessionsAction, null);
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" disabled={pending} aria-label={`Sign out everywhere: ${email}`} className="text-sm text-stone-600 underline hover:text-stone-900">
        Sign out everywhere
      </button>
      <Feedback result={result} />
    </form>
  );
}
