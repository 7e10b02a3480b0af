/** Remembers when a person last signed in, and that an invitation was taken up by its first sign-in. */
import type { Services } from "../services.js";

export async function recordSignIn(services: Services, userId: string): Promise<void> {
  const now = services.now();
  await services.db.prisma.$transaction([
    services.db.prisma.user.update({ where: { id: userId }, data: { lastSignInAt: now } }),
    services.db.prisma.invitation.updateMany({ where: { userId, acceptedAt: null }, data: { acceptedAt: now } }),
  ]);
}
