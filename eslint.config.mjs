import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

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
  {
    // diff-match-patch is wrapped by lib/diff; nothing else may depend on its types or numeric ops.
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["lib/diff/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "diff-match-patch", message: "Use lib/diff." }] }],
    },
  },
];

export default config;
