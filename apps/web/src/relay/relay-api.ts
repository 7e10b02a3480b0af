/** The relay's calls, each answer checked against the domain's schemas. */
import { RelayHouseholdSchema } from "@tournee/domain";
import * as z from "zod/mini";
import { api } from "../api/client";

export const relayApi = {
  households: () => api.get("/api/relay/households", (b) => z.array(RelayHouseholdSchema).parse(b)),
};
