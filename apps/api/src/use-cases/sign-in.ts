/** Checks an e-mail and password; the same work is done for unknown accounts, so timing tells nothing. */
import { decoyHash, verifyPassword } from "../auth/password.js";
import { ApiError } from "../http/errors.js";
import type { Services } from "../services.js";

export async function signIn({ services, email, password }: { services: Services; email: string; password: string }): Promise<{ userId: string }> {
  const user = await services.db.prisma.user.findUnique({ where: { email: email.toLowerCase() } });
  const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  if (!user || !user.passwordHash || !ok || user.disabledAt) throw new ApiError("invalid_credentials");
  return { userId: user.id };
}
