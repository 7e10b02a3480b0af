/** The demo's sign-ins, printed by the server at start so anyone can try each role. */
import type { Role } from "../generated/prisma/client.js";

export const DEMO_PASSWORD = "tournee-demo";
export const DEMO_RESIDENT_EMAIL = "habitant@tournee.test";
/**
 * The account of the demo resident who has no e-mail and signs in with one-time codes: the
 * server gives it a fresh code at each start (demo-code.ts) and prints it.
 */
export const DEMO_CODE_RESIDENT_ID = "0d3e5f1c-2b7a-4c8e-9f60-4e30c0de0001";

export interface DemoAccount {
  /** What to type to sign in: the e-mail, or the one-time code of the resident without e-mail. */
  login: string;
  email: string | null;
  /** DEMO_PASSWORD for e-mail accounts, null for the code account. */
  password: string | null;
  /** The one-time code issued at this start, for the account without e-mail (null until issued). */
  code: string | null;
  role: Role;
  organisation: string;
  /** What this account sees, in French, for the demo banner. */
  description: string;
}
