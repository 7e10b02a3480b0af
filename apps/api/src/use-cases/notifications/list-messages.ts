/**
 * The Messages screen: what was sent, recorded, planned or refused for an organisation, by
 * due day, kind and status, with each message's text and history, and which provider each
 * channel uses (so "recorded" reads as "nothing configured", never as delivered).
 */
import type { MessageListQuery, Messages } from "@tournee/domain";
import { addDays, zonedToInstant } from "@tournee/domain/calendar";
import type { Actor } from "../../auth/actor.js";
import type { Services } from "../../services.js";
import { coordinatedOrganisation } from "../planning/coordinated-organisation.js";
import { channelsOf } from "./channels.js";
import { MESSAGE_INCLUDE, messageViews } from "./message-views.js";

const LIMIT = 500;

export async function listMessages({ services, actor, query }: { services: Services; actor: Actor; query: MessageListQuery }): Promise<Messages> {
  const organisation = await coordinatedOrganisation(services, actor, query.organisationId);
  const db = services.db.prisma;
  const rows = await db.notification.findMany({
    where: {
      organisationId: organisation.id, ...(query.kind && { kind: query.kind }), ...(query.status && { status: query.status }),
      dueAt: { ...(query.from && { gte: zonedToInstant(query.from, "00:00") }), ...(query.to && { lt: zonedToInstant(addDays(query.to, 1), "00:00") }) },
    },
    include: MESSAGE_INCLUDE,
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: LIMIT,
  });
  const channels = channelsOf(services);
  return {
    organisationId: organisation.id,
    providers: { email: channels.email.provider, sms: channels.sms.provider, voice: channels.voice.provider, push: channels.push.provider },
    messages: await messageViews(db, rows),
  };
}
