/**
 * The words of a message: the organisation's template for its kind and language (or the
 * default), filled with the values, signed with the organisation's sender name.
 */
import { DEFAULT_TEMPLATES, renderTemplate, withoutForbiddenWords, type MessageKind, type RenderedMessage, type Template, type TemplateLocale } from "@tournee/notify/templates";
import type { Prisma } from "../../generated/prisma/client.js";

export interface TextSource {
  template(organisationId: string, kind: MessageKind, locale: TemplateLocale): Promise<Template>;
  senderName(organisationId: string): Promise<string>;
}

/** Reads templates and sender names once per pass of the scheduler or per request. */
export function textSource(db: Prisma.TransactionClient): TextSource {
  const templates = new Map<string, Promise<Template>>();
  const senders = new Map<string, Promise<string>>();
  return {
    template(organisationId, kind, locale) {
      const key = `${organisationId}:${kind}:${locale}`;
      if (!templates.has(key)) {
        templates.set(key, db.notificationTemplate.findUnique({ where: { organisationId_kind_locale: { organisationId, kind, locale } } })
          .then((row) => (row ? { subject: row.subject, body: row.body } : DEFAULT_TEMPLATES[locale][kind])));
      }
      return templates.get(key)!;
    },
    senderName(organisationId) {
      if (!senders.has(organisationId)) senders.set(organisationId, senderNameOf(db, organisationId));
      return senders.get(organisationId)!;
    },
  };
}

const shared = new WeakMap<object, { source: TextSource; until: number }>();

/** A worker's text source, read again every 30 seconds (a template saved shows in the next messages). */
export function workerTextSource(db: Prisma.TransactionClient, now: number = Date.now()): TextSource {
  const cached = shared.get(db);
  if (cached && cached.until > now) return cached.source;
  const source = textSource(db);
  shared.set(db, { source, until: now + 30_000 });
  return source;
}

/** The organisation's chosen sender name; by default its name without any word that would tell. */
export async function senderNameOf(db: Prisma.TransactionClient, organisationId: string): Promise<string> {
  const settings = await db.messagingSettings.findUnique({ where: { organisationId } });
  if (settings) return settings.senderName;
  const org = await db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { name: true } });
  return withoutForbiddenWords(org.name);
}

export async function composeText(source: TextSource, organisationId: string, kind: MessageKind, locale: TemplateLocale, values: Record<string, string>, fallbacks: Record<string, string> = {}): Promise<RenderedMessage> {
  const [template, sender] = await Promise.all([source.template(organisationId, kind, locale), source.senderName(organisationId)]);
  return renderTemplate(template, { ...values, expediteur: sender }, fallbacks);
}
