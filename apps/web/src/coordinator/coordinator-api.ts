/** The API calls of the coordinators' console, each answer checked against the domain's schemas. */
import {
  CatalogueSchema, DriverSchema, EligibilityReminderSchema, EligibilitySchema, ExportSchema, HouseholdSchema, ImportPreviewSchema, IssueLoginCodeResponseSchema, OrganisationSchema, ImportResultSchema,
  PassageOrderSummarySchema, ProductSchema, SiteSchema, StopSchema, TourSummarySchema, TourTemplateSchema, VehicleSchema,
   type HouseholdInput, type ImportKind, type StopInput,
} from "@tournee/domain";
import { api } from "../api/client";

interface Schema<T> {
  parse(body: unknown): T;
  array(): { parse(body: unknown): T[] };
}
const list = <T,>(schema: Schema<T>) => (body: unknown) => schema.array().parse(body);
const one = <T,>(schema: Schema<T>) => (body: unknown) => schema.parse(body);
/** What a coordinator or referrer sends to grant social prices (see EligibilityInputSchema). */
export interface EligibilityGrant {
  organisationId: string;
  participationRatePercent: number;
  monthlyCapCents: number | null;
  validFrom: string;
  validTo: string;
}

const qs = (params: Record<string, string | undefined>) => {
  const entries = Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== "");
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : "";
};

export const coordinatorApi = {
  organisations: () => api.get("/api/organisations", list(OrganisationSchema)),
  tours: (from: string, to: string) => api.get(`/api/tours${qs({ from, to })}`, list(TourSummarySchema)),
  orderSummaries: (date: string) => api.get(`/api/order-summaries${qs({ date })}`, list(PassageOrderSummarySchema)),
  reminders: () => api.get("/api/eligibility-reminders", list(EligibilityReminderSchema)),
  households: (search?: string) => api.get(`/api/households${qs({ search })}`, list(HouseholdSchema)),
  household: (id: string) => api.get(`/api/households/${id}`, one(HouseholdSchema)),
  createHousehold: (organisationId: string, input: HouseholdInput) => api.send("POST", "/api/households", { ...input, organisationId }, one(HouseholdSchema)),
  updateHousehold: (id: string, patch: Partial<HouseholdInput>) => api.send("PATCH", `/api/households/${id}`, patch, one(HouseholdSchema)),
  loginCode: (id: string) => api.send("POST", `/api/households/${id}/login-code`, undefined, one(IssueLoginCodeResponseSchema)),
  eligibilities: (id: string) => api.get(`/api/households/${id}/eligibilities`, list(EligibilitySchema)),
  grantEligibility: (id: string, input: EligibilityGrant) => api.send("POST", `/api/households/${id}/eligibilities`, input, one(EligibilitySchema)),
  stops: () => api.get("/api/stops", list(StopSchema)),
  createStop: (input: StopInput) => api.send("POST", "/api/stops", input, one(StopSchema)),
  updateStop: (id: string, patch: Partial<Omit<StopInput, "organisationId" | "kind" | "householdId">>) => api.send("PATCH", `/api/stops/${id}`, patch, one(StopSchema)),
  vehicles: () => api.get("/api/vehicles", list(VehicleSchema)),
  sites: () => api.get("/api/sites", list(SiteSchema)),
  createVehicle: (input: unknown) => api.send("POST", "/api/vehicles", input, one(VehicleSchema)),
  drivers: () => api.get("/api/drivers", list(DriverSchema)),
  products: () => api.get("/api/products", list(ProductSchema)),
  templates: () => api.get("/api/tour-templates", list(TourTemplateSchema)),
  previewImport: (kind: ImportKind, organisationId: string, csv: string) => api.send("POST", `/api/imports/${kind}/preview`, { organisationId, csv }, one(ImportPreviewSchema)),
  confirmImport: (kind: ImportKind, organisationId: string, csv: string) => api.send("POST", `/api/imports/${kind}`, { organisationId, csv }, one(ImportResultSchema)),
  exportCsv: (kind: ImportKind, organisationId: string) => api.get(`/api/exports/${kind}${qs({ organisationId })}`, one(ExportSchema)),
  catalogue: (passageId: string, householdId: string) => api.get(`/api/passages/${passageId}/catalogue${qs({ householdId })}`, one(CatalogueSchema)),
};
