/**
 * A person chooses their password (a driver who signed in with a code, or anyone changing it).
 * The current password is required when there is one; other sessions of the account end, so a
 * lost phone signed in with the old password is signed out.
 */
import type { SetPasswordRequest } from "@tournee/domain";
import { hashPassword, verifyPassword } from "../auth/password.js";
import type { Actor } from "../auth/actor.js";
import { ApiError } from "../http/errors.js";
import type { Services } from "../services.js";
import { recordAudit } from "./record-audit.js";

export async function setPassword({ services, actor, request }: { services: Services; actor: Actor; request: SetPasswordRequest }): Promise<void> {
  const prisma = services.db.prisma;
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.userId } });
  if (user.passwordHash) {
    const ok = request.currentPassword !== undefined && (await verifyPassword(user.passwordHash, request.currentPassword));
    if (!ok) {
      throw new ApiError("validation_failed", "the current password is wrong: type the password you sign in with", [
        { in: "body", path: "currentPassword", message: "wrong current password" },
      ]);
    }
  }
  const passwordHash = await hashPassword(request.newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId: actor.userId, id: { not: actor.sessionId } } });
    await recordAudit(tx, { actor, organisationId: null, action: "set_password", entity: "User", entityId: actor.userId });
  });
}
