/** Seeding demo data must never mix with, nor overwrite, a real organisation's data. */
import type { PrismaClient } from "../generated/prisma/client.js";
import { DEMO_ORGANISATIONS, DEMO_SLUGS } from "./plan-organisations.js";

export type GuardVerdict = { go: true } | { go: false; reason: string };

export async function checkBeforeSeeding(prisma: PrismaClient, emails: readonly string[], force: boolean): Promise<GuardVerdict> {
  const organisations = await prisma.organisation.findMany({ select: { slug: true } });
  const slugs = organisations.map((o) => o.slug);
  if (slugs.includes(DEMO_ORGANISATIONS.grocery.slug)) return { go: false, reason: "already seeded" };
  const demoParts = slugs.filter((slug) => DEMO_SLUGS.includes(slug));
  if (demoParts.length > 0) {
    return { go: false, reason: `organisations ${demoParts.join(", ")} already exist without the demo grocery: rename or remove them, then seed again` };
  }
  const foreign = slugs.filter((slug) => !DEMO_SLUGS.includes(slug));
  if (foreign.length > 0 && !force) {
    return { go: false, reason: `the database holds ${foreign.length} organisation(s) that are not the demo's (${foreign.slice(0, 5).join(", ")}${foreign.length > 5 ? ", …" : ""}): demo data is not added beside real data; use an empty database, or pass --force to add it anyway` };
  }
  const taken = await prisma.user.findMany({ where: { email: { in: [...emails] } }, select: { email: true } });
  if (taken.length > 0) {
    return { go: false, reason: `accounts ${taken.map((u) => u.email).join(", ")} already exist: the demo cannot create its accounts; remove them or use an empty database` };
  }
  return { go: true };
}
