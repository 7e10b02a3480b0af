/** The API calls of following the rounds: concerns, conflicts and notes to drivers, checked against the domain's schemas. */
import { PassageNoteSchema, RoundAlertsSchema, SyncConflictViewSchema, WellbeingAlertViewSchema, type RoundAlertsQuery } from "@tournee/domain";
import { api } from "../api/client";

const query = (q: Partial<RoundAlertsQuery>) => new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => typeof e[1] === "string")).toString();

export const alertsApi = {
  list: (q: Partial<RoundAlertsQuery>) => api.get(`/api/round-alerts?${query(q)}`, (b) => RoundAlertsSchema.parse(b)),
  acknowledge: (id: string, followUp: string) => api.send("POST", `/api/wellbeing-alerts/${id}/acknowledge`, followUp ? { followUp } : {}, (b) => WellbeingAlertViewSchema.parse(b)),
  resolve: (id: string, resolution: string) => api.send("POST", `/api/sync-conflicts/${id}/resolve`, { resolution }, (b) => SyncConflictViewSchema.parse(b)),
  noteToDriver: (passageId: string, text: string) => api.send("POST", `/api/passages/${passageId}/notes`, { text }, (b) => PassageNoteSchema.parse(b)),
};
