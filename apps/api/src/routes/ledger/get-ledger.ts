import { LedgerOverviewSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { getLedgerOverview } from "../../use-cases/ledger/get-ledger-overview.js";

export default defineRoute({
  method: "get",
  path: "/api/ledger",
  summary: "Mutual-credit accounts the caller acts for: balance, limits, other members, claims awaiting acceptance and claims sent",
  tag: "ledger",
  access: ["admin", "coordinator"],
  response: LedgerOverviewSchema,
  async handler({ services, actor }) {
    return { body: await getLedgerOverview({ services, actor }) };
  },
});
