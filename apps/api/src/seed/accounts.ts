/** The demo's sign-ins, printed by the server at start so anyone can try each role. */
import type { Role } from "../generated/prisma/client.js";

export const DEMO_PASSWORD = "tournee-demo";
export const DEMO_RESIDENT_EMAIL = "habitant@tournee.test";
/** The one-time code of the resident who has no e-mail; valid 30 days from seeding. */
export const DEMO_LOGIN_CODE = "24681357";
export const LOGIN_CODE_VALID_DAYS = 30;

export interface DemoAccount {
  /** What to type to sign in: the e-mail, or the one-time code of the resident without e-mail. */
  login: string;
  email: string | null;
  /** DEMO_PASSWORD for e-mail accounts, null for the code account. */
  password: string | null;
  /** The one-time code, for the account without e-mail. */
  code: string | null;
  role: Role;
  organisation: string;
  /** What this account sees, in French, for the demo banner. */
  description: string;
}

export function formatDemoAccounts(accounts: readonly DemoAccount[]): string {
  const rows = accounts.map((a) => {
    const secret = a.password ? `mot de passe ${a.password}` : "code à usage unique";
    return `  ${a.login.padEnd(28)} ${a.role.padEnd(11)} ${secret.padEnd(26)} ${a.description}`;
  });
  return ["Comptes de démonstration :", ...rows].join("\n");
}
