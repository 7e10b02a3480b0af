/** The API calls of messaging: the Messages screen, templates, a household's contact preferences, opting out. */
import {
  ContactPreferencesSchema, MessagesSchema, MessageTemplatesSchema, OptOutViewSchema, TemplatePreviewSchema,
  type ContactPreferencesInput, type MessageListQuery,
} from "@tournee/domain";
import { api } from "../api/client";

const qs = (params: Record<string, string | undefined>) => {
  const entries = Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]));
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : "";
};

export type TemplateKey = { kind: string; locale: "fr" | "en" };

export const messagesApi = {
  list: (query: MessageListQuery) => api.get(`/api/messages${qs(query)}`, (b) => MessagesSchema.parse(b)),
  templates: () => api.get("/api/message-templates", (b) => MessageTemplatesSchema.parse(b)),
  saveTemplate: ({ kind, locale }: TemplateKey, subject: string, body: string) =>
    api.send("PUT", `/api/message-templates/${kind}/${locale}`, { subject, body }, (b) => MessageTemplatesSchema.parse(b)),
  resetTemplate: ({ kind, locale }: TemplateKey) => api.send("DELETE", `/api/message-templates/${kind}/${locale}`, undefined, (b) => MessageTemplatesSchema.parse(b)),
  preview: ({ kind, locale }: TemplateKey, subject: string, body: string) =>
    api.send("POST", "/api/message-templates/preview", { kind, locale, subject, body }, (b) => TemplatePreviewSchema.parse(b)),
  saveSenderName: (senderName: string) => api.send("PUT", "/api/messaging-settings", { senderName }, (b) => MessageTemplatesSchema.parse(b)),
  preferences: (householdId: string) => api.get(`/api/households/${householdId}/contact-preferences`, (b) => ContactPreferencesSchema.parse(b)),
  savePreferences: (householdId: string, input: ContactPreferencesInput) =>
    api.send("PUT", `/api/households/${householdId}/contact-preferences`, input, (b) => ContactPreferencesSchema.parse(b)),
  optOut: (token: string) => api.get(`/api/opt-out/${token}`, (b) => OptOutViewSchema.parse(b)),
  confirmOptOut: (token: string) => api.send("POST", `/api/opt-out/${token}`, undefined, (b) => OptOutViewSchema.parse(b)),
};
