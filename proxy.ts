// Every page request – a fresh CSP nonce, sent to the browser and handed to Next.js's renderer.
import { NextResponse, type NextRequest } from "next/server";
import { buildContentSecurityPolicy } from "@/lib/http/content-security-policy";
import { createNonce } from "@/lib/http/create-nonce";

export function proxy(request: NextRequest) {
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

export const config = {
  // Built assets and the favicon carry no script to nonce; their other security headers come
  // from next.config.js. Prefetches stay matched so every response has the same policy.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
