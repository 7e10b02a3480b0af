/**
 * The server's secret key, kept outside the database so that reading the database alone gives
 * away nothing it protects (the one-time sign-in codes). `TOURNEE_SECRET` when it is set (give
 * every API instance the same one); otherwise `secret.key` in the data folder, created on first
 * start, readable by its owner only.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { readOrMake } from "../data-folder.js";

export const SECRET_FILE = "secret.key";

export function resolveServerSecret({ TOURNEE_SECRET, TOURNEE_DATA_DIR }: { TOURNEE_SECRET?: string | undefined; TOURNEE_DATA_DIR: string }): string {
  if (TOURNEE_SECRET) return TOURNEE_SECRET;
  const secret = readOrMake(TOURNEE_DATA_DIR, SECRET_FILE, () => `${randomBytes(32).toString("hex")}\n`, "set TOURNEE_SECRET").trim();
  const file = path.join(TOURNEE_DATA_DIR, SECRET_FILE);
  if (secret.length < 32) throw new Error(`${file} holds no usable secret (at least 32 characters): remove it to have a new one made, or set TOURNEE_SECRET`);
  return secret;
}
