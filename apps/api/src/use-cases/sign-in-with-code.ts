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
  if (!first) throw await whyRefused(services, code);
  return { userId: first.userId };
}

/** Says "already used" or "too old" when that is why, so the person knows to ask for a new code rather than retype it. */
async function whyRefused(services: Services, code: string): Promise<ApiError> {
  const known = await services.db.prisma.loginCode.findUnique({ where: { codeHash: hashLoginCode(code, codeSecret(services.config)) }, select: { usedAt: true, expiresAt: true, user: { select: { disabledAt: true } } } });
  if (!known || known.user.disabledAt) return new ApiError("invalid_credentials", "this code is not known: check it, or ask your coordinator for a new one");
  if (known.usedAt) return new ApiError("login_code_used", "this code has already been used: each code works once; ask your coordinator for a new one");
  return new ApiError("login_code_expired", `this code stopped working on ${known.expiresAt.toISOString()}: ask your coordinator for a new one`);
}
