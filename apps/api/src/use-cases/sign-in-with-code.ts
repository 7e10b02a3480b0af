/** Signs in with a one-time code a coordinator gave; the code is spent on success. */
import { codeSecret, hashLoginCode } from "../auth/login-code-hash.js";
import { ApiError } from "../http/errors.js";
import type { Services } from "../services.js";

export async function signInWithCode({ services, code }: { services: Services; code: string }): Promise<{ userId: string }> {
  const now = services.now();
  const spent = await services.db.prisma.loginCode.updateManyAndReturn({
    where: { codeHash: hashLoginCode(code, codeSecret(services.config)), usedAt: null, expiresAt: { gt: now }, user: { disabledAt: null } },
    data: { usedAt: now },
    select: { userId: true },
  });
  const first = spent[0];
  if (!first) throw new ApiError("invalid_credentials", "this code is wrong, expired or already used: ask your coordinator for a new one");
  return { userId: first.userId };
}
