/** Who may host a halt: a partner organisation (a town hall, an association), only on a halt. */
import type { HaltHost } from "@tournee/domain";
import type { Prisma } from "../../generated/prisma/client.js";
import { ApiError } from "../../http/errors.js";
import type { Services } from "../../services.js";

/** The partner organisations a coordinator may name as a halt's host (public names and towns). */
export async function listHaltHosts({ services }: { services: Services }): Promise<HaltHost[]> {
  const rows = await services.db.prisma.organisation.findMany({ where: { kind: "partner" }, orderBy: { name: "asc" }, select: { id: true, name: true, city: true }, take: 1000 });
  return rows;
}

interface HostChange { kind: string; hostOrganisationId: string | null; hostPlace: string | null }

/** Refuses a host on a household's door, a place without a host, or a host that is not a partner organisation. */
export async function checkHaltHost(db: Prisma.TransactionClient, stop: HostChange): Promise<void> {
  if (stop.kind !== "halt" && (stop.hostOrganisationId || stop.hostPlace)) {
    throw new ApiError("validation_failed", "only a halt has a host: a household's door has none", [
      { in: "body", path: stop.hostOrganisationId ? "hostOrganisationId" : "hostPlace", message: "remove the host of a home drop" },
    ]);
  }
  if (stop.hostPlace && !stop.hostOrganisationId) {
    throw new ApiError("validation_failed", "a room or square is lent by a host: choose the host too", [
      { in: "body", path: "hostOrganisationId", message: "choose the town hall or partner that lends the place" },
    ]);
  }
  if (!stop.hostOrganisationId) return;
  const host = await db.organisation.findUnique({ where: { id: stop.hostOrganisationId }, select: { kind: true } });
  if (host?.kind !== "partner") {
    throw new ApiError("validation_failed", "the host must be a partner organisation, such as a town hall", [
      { in: "body", path: "hostOrganisationId", message: host ? "this organisation is not a partner: choose a town hall or an association" : "no organisation has this id" },
    ]);
  }
}
