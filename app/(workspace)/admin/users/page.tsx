import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasRole } from "@/lib/auth/roles";
import { requireSignedIn } from "@/lib/auth/session";
import { findUsers } from "@/lib/db/users";
import { formatDate } from "../../_components/format";
import { InviteUserForm, RevokeSessionsForm, RoleForm } from "./user-forms";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Users" };

// GET /admin/users – admins invite people and manage their roles.
export default async function UsersPage() {
  const user = await requireSignedIn("/admin/users");
  if (!hasRole(user.role, "admin")) notFound();
  const users = await findUsers();
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Users</h1>
      <p className="mt-1 max-w-3xl text-stone-600">
        Admins manage users; editors import and review claims, facets, annotations and verdicts; viewers read and export.
      </p>
      <section className="mt-6" aria-labelledby="invite-heading">
        <h2 id="invite-heading" className="mb-2 text-lg font-semibold">
          Invite someone
        </h2>
        <InviteUserForm />
      </section>
      <section className="mt-8" aria-labelledby="people-heading">
        <h2 id="people-heading" className="mb-2 text-lg font-semibold">
          People <span className="text-stone-500">({users.length})</span>
        </h2>
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-stone-200 bg-stone-100 text-xs uppercase tracking-wide text-stone-600">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">Account</th>
                <th scope="col" className="px-4 py-2 font-medium">Since</th>
                <th scope="col" className="px-4 py-2 font-medium">Role</th>
                <th scope="col" className="px-4 py-2 font-medium">Sessions</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {users.map((u) => (
                <tr key={u.id}>
                  <td className="px-4 py-3">
                    <span className="font-medium">{u.name}</span>
                    <span className="block text-stone-500">{u.email}</span>
                  </td>
                  <td className="px-4 py-3 whitespace-nowrap text-stone-600">{formatDate(u.createdAt)}</td>
                  <td className="px-4 py-3">
                    <RoleForm userId={u.id} role={u.role} email={u.email} />
                  </td>
                  <td className="px-4 py-3">
                    <span className="mr-3 tabular-nums">{u._count.sessions}</span>
                    {u._count.sessions > 0 ? <RevokeSessionsForm userId={u.id} email={u.email} /> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
