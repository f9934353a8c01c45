// Every request – the checks that come before any page or action runs, then a fresh CSP nonce,
// sent to the browser and handed to Next.js's renderer.
import { NextResponse, type NextRequest } from "next/server";
import { getAuth } from "@/lib/auth/auth";
import { checkActionRequest } from "@/lib/http/check-action-request";
import { checkSameOrigin } from "@/lib/http/check-same-origin";
import { buildContentSecurityPolicy } from "@/lib/http/content-security-policy";
import { createNonce } from "@/lib/http/create-nonce";

// What anonymous visitors may reach: the sign-in page, the auth library's endpoints, the
// report behind a live share link (the page itself checks the token), the API's description
// (operations marked "public" in lib/api/operations.ts; their handlers check again) and the icon.
const PUBLIC_PATHS = [/^\/sign-in(\/|$)/, /^\/api\/auth\//, /^\/share\/[A-Za-z0-9_-]+$/, /^\/api\/openapi\.json$/, /^\/icon\.svg$/];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isApi = pathname.startsWith("/api/");

  // Every change comes from this site: the API, the auth library and server actions alike (a
  // server action without an Origin would otherwise run, as Next.js lets it).
  const origin = checkSameOrigin(request.method, request.headers);
  if (!origin.ok) return refuse(isApi, 403, origin.reason);

  // A POST to a page is a server action: checked here, before Next.js decodes its arguments.
  if (request.method === "POST" && !isApi) {
    const check = await checkActionRequest(request);
    if (!check.ok) return refuse(false, check.status, check.reason);
  }

  // The session itself, not merely a cookie of the right name: a made-up cookie gets the same
  // answer as none, for every address, so nothing about the app's content shows through.
  if (!PUBLIC_PATHS.some((path) => path.test(pathname)) && !(await hasLiveSession(request))) {
    if (isApi) return NextResponse.json({ error: "Sign in first." }, { status: 401 });
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }

  const nonce = createNonce();
  const policy = buildContentSecurityPolicy({ nonce, isDevelopment: process.env.NODE_ENV === "development" });

  // Next.js takes the nonce for its own scripts from the *request's* CSP header; `x-nonce` is for
  // a server component that renders a script of its own (`(await headers()).get("x-nonce")`).
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set("x-nonce", nonce);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

async function hasLiveSession(request: NextRequest): Promise<boolean> {
  // No cookie of ours at all: no need to ask the database.
  if (!request.cookies.getAll().some((cookie) => cookie.name.endsWith("claimdiff.session_token"))) return false;
  // disableRefresh: a check, not a visit, so no cookie is set from here.
  const session = await getAuth().api.getSession({ headers: request.headers, query: { disableRefresh: true } });
  return session !== null;
}

function refuse(isApi: boolean, status: number, reason: string): NextResponse {
  if (isApi) return NextResponse.json({ error: reason }, { status });
  return new NextResponse(reason, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export const config = {
  // Built assets carry no script to nonce; their other security headers come from
  // next.config.js. Prefetches stay matched so every response has the same policy.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
