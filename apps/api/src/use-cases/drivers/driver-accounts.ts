/**
 * Taking on a driver: the coordinator creates the account and gives a one-time code; the
 * driver signs in with it on their phone and may then choose a password (account page).
 */
import type { NewDriverSchema } from "@tournee/domain";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import { ApiError, notFound } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { codeSecret } from "../../auth/login-code-hash.js";
import { newLoginCode } from "../issue-login-code.js";
import { recordAudit } from "../record-audit.js";
import { listDrivers } from "./drivers.js";

type Ctx = { services: Services; actor: Actor };

export async function createDriver(ctx: Ctx & { input: z.output<typeof NewDriverSchema> }) {
  const { services, actor, input } = ctx;
  const coordinated = await services.db.prisma.organisation.count({ where: { id: { ...coordinatedOrganisations(actor), equals: input.organisationId } } });
  if (!coordinated) throw notFound("organisation");
  const email = input.email ?? null;
  const userId = await services.db.prisma.$transaction(async (tx) => {
    if (email && (await tx.user.count({ where: { email } }))) {
      throw new ApiError("conflict", "an account already uses this e-mail: leave the e-mail empty (the driver signs in with a code), or ask an administrator to add the driving role to that account", [
        { in: "body", path: "email", message: "already used by another account" },
      ]);
    }
    const user = await tx.user.create({ data: { displayName: input.displayName, email, phone: input.phone ?? null } });
    await tx.membership.create({ data: { userId: user.id, organisationId: input.organisationId, role: "driver" } });
    await recordAudit(tx, { actor, organisationId: input.organisationId, action: "create", entity: "Driver", entityId: user.id });
    return user.id;
  });
  return (await listDrivers(ctx)).find((d) => d.id === userId)!;
}

export async function issueDriverCode({ services, actor, driverId }: Ctx & { driverId: string }) {
  const membership = await services.db.prisma.membership.findFirst({
    where: { userId: driverId, role: "driver", organisationId: coordinatedOrganisations(actor), user: { disabledAt: null } },
  });
  if (!membership) throw notFound("driver");
  return services.db.prisma.$transaction(async (tx) => {
    await recordAudit(tx, { actor, organisationId: membership.organisationId, action: "issue_login_code", entity: "Driver", entityId: driverId });
    return newLoginCode(tx, { userId: driverId, issuedById: actor.userId, now: services.now(), secret: codeSecret(services.config) });
  });
}
