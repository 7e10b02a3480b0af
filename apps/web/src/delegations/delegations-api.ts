/** Delegations of a household to relays: read by its coordinators and the household itself; recorded by coordinators; revoked by either. */
import { DelegationSchema, RelayAccountSchema, type DelegationInput } from "@tournee/domain";
import * as z from "zod/mini";
import { api } from "../api/client";

export const delegationsApi = {
  list: (householdId: string) => api.get(`/api/households/${householdId}/delegations`, (b) => z.array(DelegationSchema).parse(b)),
  relayAccounts: () => api.get("/api/relay-accounts", (b) => z.array(RelayAccountSchema).parse(b)),
  record: (householdId: string, input: DelegationInput) => api.send("POST", `/api/households/${householdId}/delegations`, input, (b) => DelegationSchema.parse(b)),
  revoke: (id: string) => api.send("POST", `/api/delegations/${id}/revoke`, {}, (b) => DelegationSchema.parse(b)),
};
