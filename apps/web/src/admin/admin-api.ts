/** The API calls of the administration screens, each answer checked against the domain's schemas. */
import {
  AdminOrganisationSchema, AuditPageSchema, CreatedPersonSchema, OneTimeAccessSchema, PersonSchema,
  type OrganisationInput, type PersonInput, type RoleGrant,
} from "@tournee/domain";
import * as z from "zod/mini";
import { api } from "../api/client";

const query = (params: Record<string, string | undefined>) => {
  const entries = Object.entries(params).filter((e): e is [string, string] => !!e[1]);
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : "";
};
const person = (b: unknown) => PersonSchema.parse(b);

export const adminApi = {
  organisations: () => api.get("/api/admin/organisations", (b) => z.array(AdminOrganisationSchema).parse(b)),
  createOrganisation: (input: OrganisationInput) => api.send("POST", "/api/admin/organisations", input, (b) => AdminOrganisationSchema.parse(b)),
  updateOrganisation: (id: string, patch: Partial<OrganisationInput>) => api.send("PATCH", `/api/admin/organisations/${id}`, patch, (b) => AdminOrganisationSchema.parse(b)),
  people: (filters: { search?: string; organisationId?: string; residents?: boolean }) =>
    api.get(`/api/admin/people${query({ search: filters.search, organisationId: filters.organisationId, residents: filters.residents ? "true" : undefined })}`, (b) => z.array(PersonSchema).parse(b)),
  createPerson: (input: PersonInput) => api.send("POST", "/api/admin/people", input, (b) => CreatedPersonSchema.parse(b)),
  newCode: (id: string) => api.send("POST", `/api/admin/people/${id}/login-code`, undefined, (b) => OneTimeAccessSchema.parse(b)),
  grantRole: (id: string, grant: RoleGrant) => api.send("POST", `/api/admin/people/${id}/roles`, grant, person),
  revokeRole: (id: string, roleId: string) => api.send("DELETE", `/api/admin/people/${id}/roles/${roleId}`, undefined, person),
  setDisabled: (id: string, disabled: boolean) => api.send("POST", `/api/admin/people/${id}/${disabled ? "disable" : "enable"}`, undefined, person),
  audit: (filters: { organisationId?: string; actorId?: string; from?: string; to?: string; before?: string }) => api.get(`/api/admin/audit${query(filters)}`, (b) => AuditPageSchema.parse(b)),
};
