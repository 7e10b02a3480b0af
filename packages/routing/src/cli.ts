#!/usr/bin/env node
// Entry of the `tournee-matrix` command; see matrix-command.ts.
import { readFile } from "node:fs/promises";
import { runMatrixCommand } from "./matrix-command.js";

const readStdin = async (): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
};

process.exitCode = await runMatrixCommand(process.argv.slice(2), {
  readText: (path) => (path === "-" ? readStdin() : readFile(path, "utf8")),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
});
