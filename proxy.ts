// Every page request – a fresh CSP nonce, sent to the browser and handed to Next.js's renderer.
import { NextResponse, type NextRequest } from "next/server";
import { buildContentSecurityPolicy } from "@/lib/http/content-security-policy";
import { createNonce } from "@/lib/http/create-nonce";

// What anonymous visitors may reach: the sign-in page, the auth library's endpoints, the
// report behind a live share link (the page itself checks the token), and the API's description
// (operations marked "public" in lib/api/operations.ts; their handlers check again).
const PUBLIC_PATHS = [/^\/sign-in(\/|$)/, /^\/api\/auth\//, /^\/share\/[A-Za-z0-9_-]+$/, /^\/api\/openapi\.json$/];

export function proxy(request: NextRequest) {
  // An optimistic check on the cookie alone, so no page work starts for a visitor without one;
  // the session itself is verified where data is read or changed (lib/auth/session.ts).
  const { pathname, search } = request.nextUrl;
  if (!PUBLIC_PATHS.some((path) => path.test(pathname)) && !hasSessionCookie(request)) {
    if (pathname.startsWith("/api/")) return NextResponse.json({ error: "Sign in first." }, { status: 401 });
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

function hasSessionCookie(request: NextRequest): boolean {
  // better-auth names it <prefix>.session_token, with a __Secure- prefix over https.
  return request.cookies.getAll().some((cookie) => cookie.name.endsWith("claimdiff.session_token"));
}

export const config = {
  // Built assets and the favicon carry no script to nonce; their other security headers come
  // from next.config.js. Prefetches stay matched so every response has the same policy.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
