/** The API calls of the coordinators' console, each answer checked against the domain's schemas. */
import {
  CallRequestSchema, CatalogueSchema, DriverSchema, ReferralSchema, OrderImportPreviewSchema, OrderImportResultSchema, EligibilityReminderSchema, EligibilitySchema, ExportSchema, HouseholdSchema, ImportPreviewSchema, IssueLoginCodeResponseSchema, OrganisationSchema, RetiredDriverSchema, ImportResultSchema,
  PassageOrderSummarySchema, ProductSchema, OfferSchema, OfferStockSchema, GeneratePassagesResultSchema, SiteSchema, StopSchema, TourSummarySchema, TourTemplateSchema, VehicleSchema,
   type HouseholdInput, type ReferralStatus, type ImportKind, type SiteInput, type SitePatch, type NewDriver, type StopInput,  type Compartment, type TourTemplateCreate, type TourTemplateUpdate,

} from "@tournee/domain";
import * as z from "zod/mini";
import { api } from "../api/client";
import { parseAddressCandidates } from "./address-candidate";
import { parseImportReport } from "./import-preview";

const list = <T,>(schema: z.ZodMiniType<T>) => (body: unknown) => z.array(schema).parse(body);
const one = <T,>(schema: z.ZodMiniType<T>) => (body: unknown) => schema.parse(body);
/** What a coordinator or referrer sends to grant social prices (see EligibilityInputSchema). */
export interface EligibilityGrant {
  organisationId: string;
  participationRatePercent: number;
  monthlyCapCents: number | null;
  validFrom: string;
  validTo: string;
}

/** A product as typed by a coordinator (see ProductInputSchema); the server checks every field. */
export interface ProductDraft {
  sku: string;
  name: string;
  shelf: string;
  unit: string;
  kind: "grocery" | "bakery" | "producer";
  compartment: Compartment;
  /** Euros read as cents; NaN when what was typed is not an amount (the server names the field). */
  referencePriceCents: number | null;
  sizePer100?: number | null;
  shelfLifeDays?: number | null;
  active?: boolean;
}

/** A driver's week and dated exceptions (see DriverAvailabilityInputSchema). */
export interface AvailabilityInput {
  organisationId: string;
  weekly: { weekday: number; fromMinute: number; toMinute: number }[];
  dated: { date: string; fromMinute: number; toMinute: number; available: boolean }[];
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
  callRequests: () => api.get("/api/call-requests", list(CallRequestSchema)),
  callDone: (id: string, outcome: string) => api.send("POST", `/api/call-requests/${id}/done`, { outcome }, () => undefined),
  referrals: (status?: ReferralStatus) => api.get(`/api/referrals${qs({ status })}`, list(ReferralSchema)),
  referral: (id: string) => api.get(`/api/referrals/${id}`, one(ReferralSchema)),
  acceptReferral: (id: string, input: { household?: HouseholdInput; note?: string }) => api.send("POST", `/api/referrals/${id}/accept`, input, one(ReferralSchema)),
  refuseReferral: (id: string, reason: string) => api.send("POST", `/api/referrals/${id}/refuse`, { reason }, one(ReferralSchema)),
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
  /** Sites in use, and retired ones too when `archived` is true. */
  sites: (archived = false) => api.get(`/api/sites${archived ? "?archived=true" : ""}`, list(SiteSchema)),
  createSite: (input: SiteInput) => api.send("POST", "/api/sites", input, one(SiteSchema)),
  /** `archived: true` retires the site (refused with `site_in_use` while vehicles in service start from it). */
  updateSite: (id: string, patch: SitePatch) => api.send("PATCH", `/api/sites/${id}`, patch, one(SiteSchema)),
  createVehicle: (input: unknown) => api.send("POST", "/api/vehicles", input, one(VehicleSchema)),
  /** `active: false` retires the vehicle (refused with `rounds_to_come` while published rounds to come use it). */
  updateVehicle: (id: string, patch: unknown) => api.send("PATCH", `/api/vehicles/${id}`, patch, one(VehicleSchema)),
  drivers: () => api.get("/api/drivers", list(DriverSchema)),
  products: () => api.get("/api/products", list(ProductSchema)),
  templates: () => api.get("/api/tour-templates", list(TourTemplateSchema)),
  previewOrderImport: (organisationId: string, csv: string) => api.send("POST", "/api/order-imports/preview", { organisationId, csv }, one(OrderImportPreviewSchema)),
  importOrders: (organisationId: string, csv: string) => api.send("POST", "/api/order-imports", { organisationId, csv }, one(OrderImportResultSchema)),
  previewImport: (kind: ImportKind, organisationId: string, csv: string) => api.send("POST", `/api/imports/${kind}/preview`, { organisationId, csv }, one(ImportPreviewSchema)),
  confirmImport: (kind: ImportKind, organisationId: string, csv: string) => api.send("POST", `/api/imports/${kind}`, { organisationId, csv }, one(ImportResultSchema)),
  checkImport: (kind: ImportKind, organisationId: string, csv: string) => api.send("POST", `/api/imports/${kind}/preview`, { organisationId, csv }, parseImportReport),
  searchAddress: (q: string, postcode?: string) => api.get(`/api/geocoding/search${qs({ q, postcode, limit: "6" })}`, parseAddressCandidates),
  exportCsv: (kind: ImportKind, organisationId: string) => api.get(`/api/exports/${kind}${qs({ organisationId })}`, one(ExportSchema)),
  offers: () => api.get("/api/offers", list(OfferSchema)),
  createProduct: (organisationId: string, input: ProductDraft) => api.send("POST", "/api/products", { ...input, organisationId }, one(ProductSchema)),
  updateProduct: (id: string, patch: Partial<ProductDraft>) => api.send("PATCH", `/api/products/${id}`, patch, one(ProductSchema)),
  createOffer: (organisationId: string, productId: string, socialPricing: boolean) => api.send("POST", "/api/offers", { organisationId, productId, socialPricing }, one(OfferSchema)),
  updateOffer: (id: string, patch: { socialPricing?: boolean; active?: boolean }) => api.send("PATCH", `/api/offers/${id}`, patch, one(OfferSchema)),
  offerStock: (id: string) => api.get(`/api/offers/${id}/stock`, list(OfferStockSchema)),
  setOfferStock: (id: string, input: { templateId: string | null; date: string; quantity: number }) => api.send("PUT", `/api/offers/${id}/stock`, input, one(OfferStockSchema)),
  createTemplate: (input: Omit<TourTemplateCreate, "everyWeeks"> & { everyWeeks?: number }) => api.send("POST", "/api/tour-templates", input, one(TourTemplateSchema)),
  updateTemplate: (id: string, patch: TourTemplateUpdate) => api.send("PATCH", `/api/tour-templates/${id}`, patch, one(TourTemplateSchema)),
  addTemplateException: (id: string, input: { date: string; stopId?: string; reason: string }) => api.send("POST", `/api/tour-templates/${id}/exceptions`, input, one(TourTemplateSchema)),
  removeTemplateExceptions: (id: string, date: string) => api.send("DELETE", `/api/tour-templates/${id}/exceptions/${date}`, undefined, one(TourTemplateSchema)),
  generatePassages: (id: string, from: string, to: string) => api.send("POST", `/api/tour-templates/${id}/generate`, { from, to }, one(GeneratePassagesResultSchema)),
  createDriver: (input: NewDriver) => api.send("POST", "/api/drivers", input, one(DriverSchema)),
  driverLoginCode: (id: string) => api.send("POST", `/api/drivers/${id}/login-code`, undefined, one(IssueLoginCodeResponseSchema)),
  retireDriver: (id: string, organisationId: string) => api.send("POST", `/api/drivers/${id}/retire`, { organisationId }, one(RetiredDriverSchema)),
  setDriverAvailability: (id: string, input: AvailabilityInput) => api.send("PUT", `/api/drivers/${id}/availability`, input, one(DriverSchema)),
  catalogue: (passageId: string, householdId: string) => api.get(`/api/passages/${passageId}/catalogue${qs({ householdId })}`, one(CatalogueSchema)),
};
