import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { AddressCandidateSchema, AddressSearchQuerySchema } from "../../use-cases/geocoding/address-schemas.js";
import { searchAddress } from "../../use-cases/geocoding/search-address.js";

export default defineRoute({
  method: "get",
  path: "/api/geocoding/search",
  summary: "Find an address (Base Adresse Nationale) to place a halt or a home drop; only the query is sent on. 503 when the address service is unreachable: place the pin by hand",
  tag: "geocoding",
  access: ["admin", "coordinator"],
  query: AddressSearchQuerySchema,
  response: z.array(AddressCandidateSchema),
  async handler({ services, actor, query }) {
    return { body: await searchAddress({ services, actor, query }) };
  },
});
