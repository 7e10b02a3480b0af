/** The mutual-credit ledger's calls, each answer checked against the domain's schemas. */
import { CreditClaimSchema, CreditStatementSchema, LedgerOverviewSchema, type CreditClaimCreate } from "@tournee/domain";
import { api, noContent } from "../api/client";

export const ledgerApi = {
  overview: () => api.get("/api/ledger", (b) => LedgerOverviewSchema.parse(b)),
  statement: (accountId: string, month: string) => api.get(`/api/ledger/accounts/${accountId}/statement?month=${month}`, (b) => CreditStatementSchema.parse(b)),
  recordClaim: (claim: CreditClaimCreate) => api.send("POST", "/api/ledger/claims", claim, (b) => CreditClaimSchema.parse(b)),
  accept: (id: string) => api.send("POST", `/api/ledger/claims/${id}/accept`, undefined, (b) => CreditClaimSchema.parse(b)),
  dispute: (id: string, reason: string) => api.send("POST", `/api/ledger/claims/${id}/dispute`, { reason }, (b) => CreditClaimSchema.parse(b)),
  withdraw: (id: string) => api.send("POST", `/api/ledger/claims/${id}/withdraw`, undefined, (b) => CreditClaimSchema.parse(b)),
  reverse: (entryId: string, key: string, reason: string) => api.send("POST", `/api/ledger/entries/${entryId}/reverse`, { key, reason }, () => undefined),
  setLimits: (accountId: string, creditLimit: number, ceiling: number) => api.send("PUT", `/api/ledger/accounts/${accountId}/limits`, { creditLimit, ceiling }, noContent),
};
