/** The referrer's calls, each answer checked against the domain's schemas. */
import {
  ReferralGrocerySchema, ReferralSchema, ReferredHouseholdDetailSchema, ReferredHouseholdSchema, type NewHouseholdReferral, type RenewalRequest,
} from "@tournee/domain";
import * as z from "zod/mini";
import { api } from "../api/client";

export const referrerApi = {
  households: () => api.get("/api/referrer/households", (b) => z.array(ReferredHouseholdSchema).parse(b)),
  household: (id: string) => api.get(`/api/referrer/households/${id}`, (b) => ReferredHouseholdDetailSchema.parse(b)),
  groceries: () => api.get("/api/referrer/groceries", (b) => z.array(ReferralGrocerySchema).parse(b)),
  requests: () => api.get("/api/referrals", (b) => z.array(ReferralSchema).parse(b)),
  refer: (input: NewHouseholdReferral) => api.send("POST", "/api/referrals", input, (b) => ReferralSchema.parse(b)),
  renew: (input: RenewalRequest) => api.send("POST", "/api/referrals/renewals", input, (b) => ReferralSchema.parse(b)),
  withdraw: (id: string) => api.send("POST", `/api/referrals/${id}/withdraw`, undefined, (b) => ReferralSchema.parse(b)),
};
