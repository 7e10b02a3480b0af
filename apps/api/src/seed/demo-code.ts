/**
 * A fresh one-time code for the demo resident who has no e-mail, issued at each start of a demo
 * server and printed with the other demo accounts: the demo always has a way in by code, while
 * each code still works once (and the previous one stops working, as for any new code).
 */
import { codeSecret } from "../auth/login-code-hash.js";
import type { Services } from "../services.js";
import { newLoginCode } from "../use-cases/issue-login-code.js";
import { DEMO_CODE_RESIDENT_ID, type DemoAccount } from "./accounts.js";
import { STAFF } from "./people.js";

/** The accounts with the code filled in, or as they were when the demo's code account is not in this database. */
export async function issueDemoCode(services: Services, accounts: readonly DemoAccount[]): Promise<DemoAccount[]> {
  const prisma = services.db.prisma;
  const resident = await prisma.user.findUnique({ where: { id: DEMO_CODE_RESIDENT_ID }, select: { id: true, disabledAt: true } });
  const coordinator = await prisma.user.findUnique({ where: { email: STAFF.groceryCoordinator.email }, select: { id: true } });
  if (!resident || resident.disabledAt || !coordinator) return [...accounts];
  const secret = codeSecret(services.config);
  const issued = await prisma.$transaction((tx) => newLoginCode(tx, { userId: resident.id, issuedById: coordinator.id, now: services.now(), secret }));
  return accounts.map((a) => (a.email === null && a.role === "resident" ? { ...a, login: issued.code, code: issued.code.replace(/\s/g, "") } : a));
}
