/**
 * The server's secret key, kept outside the database so that reading the database alone gives
 * away nothing it protects (the one-time sign-in codes). `TOURNEE_SECRET` when it is set (give
 * every API instance the same one); otherwise `secret.key` in the data folder, created on first
 * start, readable by its owner only.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, openSync, readFileSync, writeSync, closeSync } from "node:fs";
import path from "node:path";

export const SECRET_FILE = "secret.key";

export function resolveServerSecret({ TOURNEE_SECRET, TOURNEE_DATA_DIR }: { TOURNEE_SECRET?: string | undefined; TOURNEE_DATA_DIR: string }): string {
  if (TOURNEE_SECRET) return TOURNEE_SECRET;
  const file = path.join(TOURNEE_DATA_DIR, SECRET_FILE);
  try {
    mkdirSync(TOURNEE_DATA_DIR, { recursive: true });
    // "wx": only the first start creates it, even if two start at once.
    const fd = openSync(file, "wx", 0o600);
    try {
      writeSync(fd, `${randomBytes(32).toString("hex")}\n`);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
      throw new Error(`the server secret could not be made in ${file} (${(error as Error).message}): make TOURNEE_DATA_DIR writable, or set TOURNEE_SECRET`, { cause: error });
    }
  }
  const secret = readFileSync(file, "utf8").trim();
  if (secret.length < 32) throw new Error(`${file} holds no usable secret (at least 32 characters): remove it to have a new one made, or set TOURNEE_SECRET`);
  return secret;
}
