#!/usr/bin/env node
// Runs the built command when the package was built, else its TypeScript sources through tsx.
import { existsSync } from "node:fs";

const built = new URL("../dist/cli.js", import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const { tsImport } = await import("tsx/esm/api");
  await tsImport("../src/cli.ts", import.meta.url);
}
