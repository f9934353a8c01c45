/**
 * Signs in through better-auth's email route, as the sign-in page does, and returns the Cookie
 * header that carries the session. Throws, saying why, when the server refuses.
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(new URL("/api/auth/sign-in/email", baseUrl), {
    method: "POST",
    headers: { "content-type": "application/json", origin: new URL(baseUrl).origin },
    body: JSON.stringify({ email, password }),
    redirect: "manual",
  });
  const body = await response.text();
  if (!response.ok) throw new Error(`sign-in as ${email} failed: HTTP ${response.status} ${body.slice(0, 200)}`);
  const cookies = response.headers.getSetCookie().map((c) => c.split(";")[0]!);
  if (!cookies.some((c) => c.includes("session_token="))) throw new Error(`sign-in as ${email} set no session cookie`);
  return cookies.join("; ");
}
