import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "**/generated/**", "**/dev-dist/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // What the phone bundles writes its schemas with zod/mini: the full zod API weighs 15 KB more
    // in the driver's JavaScript (ARCHITECTURE.md, "What a driver's phone runs").
    files: ["packages/domain/**", "packages/sync/**", "apps/web/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "zod", message: "Import zod/mini here: this code runs on the phone (see ARCHITECTURE.md)." }] }],
    },
  },
);
