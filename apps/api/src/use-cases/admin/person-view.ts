/** How the administration reads a person: identity, roles per organisation, last sign-in, invitation. */
import type { Prisma } from "../../generated/prisma/client.js";

export const personInclude = {
  memberships: { include: { organisation: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
  invitations: { orderBy: { createdAt: "desc" }, take: 1 },
} satisfies Prisma.UserInclude;

export type PersonRow = Prisma.UserGetPayload<{ include: typeof personInclude }>;

export function personView(u: PersonRow) {
  const invitation = u.invitations[0];
  return {
    id: u.id, displayName: u.displayName, email: u.email, phone: u.phone, createdAt: u.createdAt.toISOString(),
    disabledAt: u.disabledAt?.toISOString() ?? null, lastSignInAt: u.lastSignInAt?.toISOString() ?? null,
    roles: u.memberships.map((m) => ({ id: m.id, organisationId: m.organisationId, organisationName: m.organisation.name, role: m.role })),
    invitation: invitation ? { createdAt: invitation.createdAt.toISOString(), expiresAt: invitation.expiresAt.toISOString(), acceptedAt: invitation.acceptedAt?.toISOString() ?? null } : null,
  };
}
