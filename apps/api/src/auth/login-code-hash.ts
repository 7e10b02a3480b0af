/**
 * One-time sign-in codes are stored as an HMAC-SHA-256 of the code under the server's secret
 * (server-secret.ts): 8 digits are too few for a plain hash — anyone reading the table would
 * find every live code in seconds — but without the secret, which is not in the database, the
 * stored value says nothing. Lookup stays one indexed equality.
 */
import { createHmac } from "node:crypto";

export function hashLoginCode(code: string, secret: string): string {
  return createHmac("sha256", secret).update(code, "utf8").digest("hex");
}

/** The secret the codes are keyed with; the server sets it at start (config.TOURNEE_SECRET). */
export function codeSecret(config: { TOURNEE_SECRET?: string | undefined }): string {
  if (!config.TOURNEE_SECRET) throw new Error("the server secret is not set: start through startServer, or set TOURNEE_SECRET");
  return config.TOURNEE_SECRET;
}
