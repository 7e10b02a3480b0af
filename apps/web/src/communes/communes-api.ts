/** Halts' hosts, hosted halts and communes' figures, each answer checked against the domain's schemas. */
import { CommuneStatsSchema, HaltHostSchema, HostedHaltSchema } from "@tournee/domain";
import * as z from "zod/mini";
import { api } from "../api/client";

export const communesApi = {
  /** The town hall's halts with their coming dates. */
  hostedHalts: () => api.get("/api/hosted-halts", (b) => z.array(HostedHaltSchema).parse(b)),
  /** The town hall's communes' figures. */
  hostedStats: () => api.get("/api/hosted-halts/stats", (b) => z.array(CommuneStatsSchema).parse(b)),
  /** Every commune where the console's organisation stops. */
  organisationStats: () => api.get("/api/commune-stats", (b) => z.array(CommuneStatsSchema).parse(b)),
  haltHosts: () => api.get("/api/halt-hosts", (b) => z.array(HaltHostSchema).parse(b)),
};

/** The commune's public page (served by the server, printable as an A4 poster). */
export const communePageUrl = (commune: string) => `/communes/${commune}`;
export const COMMUNE_STATS_CSV = "/api/commune-stats.csv";
