/** Halts' hosts, hosted halts and communes' figures, each answer checked against the domain's schemas. */
import { CommuneStatsSchema, HaltHostSchema, HostedHaltSchema } from "@tournee/domain";
import { api } from "../api/client";

export const communesApi = {
  /** The town hall's halts with their coming dates. */
  hostedHalts: () => api.get("/api/hosted-halts", (b) => HostedHaltSchema.array().parse(b)),
  /** The town hall's communes' figures. */
  hostedStats: () => api.get("/api/hosted-halts/stats", (b) => CommuneStatsSchema.array().parse(b)),
  /** Every commune where the console's organisation stops. */
  organisationStats: () => api.get("/api/commune-stats", (b) => CommuneStatsSchema.array().parse(b)),
  haltHosts: () => api.get("/api/halt-hosts", (b) => HaltHostSchema.array().parse(b)),
};

/** The commune's public page (served by the server, printable as an A4 poster). */
export const communePageUrl = (commune: string) => `/communes/${commune}`;
export const COMMUNE_STATS_CSV = "/api/commune-stats.csv";
