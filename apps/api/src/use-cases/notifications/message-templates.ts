/**
 * Coordinators rewrite what their organisation's messages say, per kind and language, and
 * choose the sender name. A template is saved only when it passes the check (known variables,
 * the required ones, no word that would tell); the preview shows it filled with an example.
 */
import { KIND_SPECS, MESSAGE_KINDS, TEMPLATE_LOCALES, DEFAULT_TEMPLATES, checkTemplate, forbiddenWords, renderTemplate, type MessageKind, type TemplateIssue, type TemplateLocale } from "@tournee/notify/templates";
import type { MessageTemplates } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import { ApiError } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { recordAudit } from "../record-audit.js";
import { coordinatedOrganisation } from "../planning/coordinated-organisation.js";
import { senderNameOf } from "./message-text.js";

export async function listTemplates({ services, actor, organisationId }: { services: Services; actor: Actor; organisationId?: string | undefined }): Promise<MessageTemplates> {
  const organisation = await coordinatedOrganisation(services, actor, organisationId);
  const db = services.db.prisma;
  const saved = await db.notificationTemplate.findMany({ where: { organisationId: organisation.id } });
  const templates = TEMPLATE_LOCALES.flatMap((locale) => MESSAGE_KINDS.map((kind) => {
    const row = saved.find((t) => t.kind === kind && t.locale === locale);
    const spec = KIND_SPECS[kind];
    return { kind, locale, ...(row ? { subject: row.subject, body: row.body } : DEFAULT_TEMPLATES[locale][kind]), isDefault: !row, audience: spec.audience, variables: [...spec.variables], required: [...spec.required] };
  }));
  return { organisationId: organisation.id, senderName: await senderNameOf(db, organisation.id), templates };
}

function issuesError(issues: TemplateIssue[]): ApiError {
  return new ApiError("validation_failed", `${issues.length} problem(s) in the template`, issues.map((i) => ({ in: "body" as const, path: i.field, message: i.detail ? `${i.code}:${i.detail}` : i.code })));
}

export async function saveTemplate({ services, actor, kind, locale, input }: { services: Services; actor: Actor; kind: MessageKind; locale: TemplateLocale; input: { organisationId?: string | undefined; subject: string; body: string } }) {
  const organisation = await coordinatedOrganisation(services, actor, input.organisationId);
  const template = { subject: input.subject, body: input.body };
  const issues = checkTemplate(kind, template);
  if (issues.length) throw issuesError(issues);
  await services.db.prisma.$transaction(async (tx) => {
    await tx.notificationTemplate.upsert({
      where: { organisationId_kind_locale: { organisationId: organisation.id, kind, locale } },
      create: { organisationId: organisation.id, kind, locale, ...template, updatedById: actor.userId },
      update: { ...template, updatedById: actor.userId },
    });
    await recordAudit(tx, { actor, organisationId: organisation.id, action: "update", entity: "NotificationTemplate", entityId: `${kind}:${locale}`, changes: template });
  });
  return listTemplates({ services, actor, organisationId: organisation.id });
}

export async function resetTemplate({ services, actor, kind, locale, organisationId }: { services: Services; actor: Actor; kind: MessageKind; locale: TemplateLocale; organisationId?: string | undefined }) {
  const organisation = await coordinatedOrganisation(services, actor, organisationId);
  await services.db.prisma.$transaction(async (tx) => {
    await tx.notificationTemplate.deleteMany({ where: { organisationId: organisation.id, kind, locale } });
    await recordAudit(tx, { actor, organisationId: organisation.id, action: "reset", entity: "NotificationTemplate", entityId: `${kind}:${locale}` });
  });
  return listTemplates({ services, actor, organisationId: organisation.id });
}

/** Example values a preview fills a template with, as a real message would read. */
const EXAMPLES: Record<TemplateLocale, Record<string, string>> = {
  fr: { foyer: "Mme Martin", date: "mardi 10 mars", heure: "vers 10 h 15", ancienne_heure: "9 h 45", lieu: "Mainsat, Place de l'Église", limite: "lundi 9 mars 18 h", articles: "6 articles",
    retard: "30", destinataire: "Claire", nombre: "2", liste: "- Mme Martin (Mainsat) : jusqu'au jeudi 2 avril\n- M. Roux (Felletin) : jusqu'au lundi 6 avril", sans_commande: "4", soucis: "1", conflits: "0", panier: "panier de légumes",
    chauffeur: "Patrick Laroche", vehicule: "Camion frigorifique", commune: "Mainsat", moment: "10 h 20" },
  en: { foyer: "Mrs Martin", date: "Tuesday 10 March", heure: "around 10:15", ancienne_heure: "09:45", lieu: "Mainsat, Place de l'Église", limite: "Monday 9 March, 18:00", articles: "6 items",
    retard: "30", destinataire: "Claire", nombre: "2", liste: "- Mrs Martin (Mainsat): until Thursday 2 April\n- Mr Roux (Felletin): until Monday 6 April", sans_commande: "4", soucis: "1", conflits: "0", panier: "vegetable basket",
    chauffeur: "Patrick Laroche", vehicule: "Refrigerated truck", commune: "Mainsat", moment: "10:20" },
};

export async function previewTemplate({ services, actor, input }: { services: Services; actor: Actor; input: { organisationId?: string | undefined; kind: MessageKind; locale: TemplateLocale; subject: string; body: string } }) {
  const organisation = await coordinatedOrganisation(services, actor, input.organisationId);
  const template = { subject: input.subject, body: input.body };
  const issues = checkTemplate(input.kind, template);
  const rendered = renderTemplate(template, { ...EXAMPLES[input.locale], expediteur: await senderNameOf(services.db.prisma, organisation.id) });
  const length = rendered.body.length;
  return { ...rendered, smsParts: length <= 160 ? 1 : Math.ceil(length / 153), issues };
}

export async function saveSenderName({ services, actor, organisationId, senderName }: { services: Services; actor: Actor; organisationId?: string | undefined; senderName: string }) {
  const organisation = await coordinatedOrganisation(services, actor, organisationId);
  const words = forbiddenWords(senderName);
  if (words.length) throw new ApiError("validation_failed", "the sender name would tell what the service is", [{ in: "body", path: "senderName", message: `forbidden_word:${words[0]}` }]);
  await services.db.prisma.$transaction(async (tx) => {
    await tx.messagingSettings.upsert({ where: { organisationId: organisation.id }, create: { organisationId: organisation.id, senderName, updatedById: actor.userId }, update: { senderName, updatedById: actor.userId } });
    await recordAudit(tx, { actor, organisationId: organisation.id, action: "update", entity: "MessagingSettings", entityId: organisation.id, changes: { senderName } });
  });
  return listTemplates({ services, actor, organisationId: organisation.id });
}
