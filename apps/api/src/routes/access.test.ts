/**
 * Route × role: who may call what, and on whose data. The table is written out by hand in each
 * area's access-cases.ts, so a change of rules shows up as a diff; a route missing from it fails.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PEOPLE, type AccessCase, type Who } from "../test-support/access-case.js";
import { startTestApp, type TestApp, type TestClient } from "../test-support/test-app.js";
import { buildAlertWorld, buildWorld, PASSWORD, type World } from "../test-support/world.js";
import { accessCases as authCases } from "./auth/access-cases.js";
import { accessCases as catalogueCases } from "./catalogue/access-cases.js";
import { accessCases as householdCases } from "./households/access-cases.js";
import { routes } from "./index.js";
import { accessCases as orderCases } from "./orders/access-cases.js";
import { accessCases as organisationCases } from "./organisations/access-cases.js";
import { accessCases as planningCases } from "./planning/access-cases.js";
import { accessCases as sheetCases } from "./sheets/access-cases.js";
import { accessCases as templateCases } from "./templates/access-cases.js";
import { accessCases as tourCases } from "./tours/access-cases.js";
import { accessCases as stopCases } from "./stops/access-cases.js";
import { accessCases as vehicleCases } from "./vehicles/access-cases.js";
import { accessCases as mileageCases } from "./mileage/access-cases.js";
import { accessCases as siteCases } from "./sites/access-cases.js";
import { accessCases as passageCases } from "./passages/access-cases.js";
import { accessCases as orderImportCases } from "./order-imports/access-cases.js";
import { accessCases as driverCases } from "./drivers/access-cases.js";
import { accessCases as importCases } from "./imports/access-cases.js";
import { accessCases as arrivalCases } from "./arrivals/access-cases.js";
import { accessCases as syncCases } from "./sync/access-cases.js";
import { accessCases as roundAlertCases } from "./round-alerts/access-cases.js";
import { accessCases as passageNoteCases } from "./passage-notes/access-cases.js";
import { accessCases as geocodingCases } from "./geocoding/access-cases.js";
import { accessCases as notificationCases } from "./notifications/access-cases.js";
import { accessCases as relayCases } from "./relay/access-cases.js";
import { accessCases as callRequestCases } from "./call-requests/access-cases.js";
import { accessCases as mapCases } from "./maps/access-cases.js";
import { accessCases as referralCases } from "./referrals/access-cases.js";
import { accessCases as referrerCases } from "./referrer/access-cases.js";
import { accessCases as delegationCases } from "./delegations/access-cases.js";
import { buildReferralWorld } from "../test-support/world-referrals.js";
import { accessCases as ledgerCases } from "./ledger/access-cases.js";
import { buildLedgerWorld } from "../test-support/ledger-world.js";
import { accessCases as partnershipCases } from "./partnerships/access-cases.js";
import { buildPartnershipWorld } from "../test-support/partnership-world.js";
import { accessCases as producerCases } from "./producers/access-cases.js";
import { addProducer } from "../test-support/world-producer.js";
import { accessCases as bakeryCases } from "./bakery/access-cases.js";
import { accessCases as adminCases } from "./admin/access-cases.js";
import { accessCases as communeCases } from "./communes/access-cases.js";
import { accessCases as amapCases } from "./amap/access-cases.js";
import { addAmap } from "../test-support/world-amap.js";

/** Signing out ends the sessions the other rows use, so it goes last. */
const CASES: AccessCase[] = [...organisationCases, ...householdCases, ...tourCases, ...catalogueCases, ...orderCases, ...stopCases, ...vehicleCases, ...mileageCases, ...siteCases, ...passageCases, ...orderImportCases, ...driverCases, ...importCases, ...arrivalCases, ...syncCases, ...templateCases, ...planningCases, ...sheetCases, ...roundAlertCases, ...passageNoteCases, ...geocodingCases, ...notificationCases, ...relayCases, ...callRequestCases, ...mapCases, ...referralCases, ...referrerCases, ...delegationCases, ...ledgerCases, ...partnershipCases, ...producerCases, ...bakeryCases, ...adminCases, ...communeCases, ...amapCases, ...authCases].sort(
  (a, b) => Number(a.route === "POST /api/auth/logout") - Number(b.route === "POST /api/auth/logout"),
);
/** Reached by other tests: sign-in itself is public. */
const COVERED_ELSEWHERE = ["POST /api/auth/login", "POST /api/auth/login-code"];

let app: TestApp;
let world: World;
const clients = new Map<Who, TestClient>();

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.db.prisma);
  await buildAlertWorld(app.db.prisma, world);
  await buildReferralWorld(app.db.prisma, world);
  await buildLedgerWorld(app.db.prisma, world);
  await buildPartnershipWorld(app.db.prisma, world);
  await addProducer(app.db.prisma, world);
  await addAmap(app.db.prisma, world);
  for (const who of PEOPLE) {
    const client = app.client();
    if (who !== "anonymous") await client.login(world.users[who].email, PASSWORD);
    clients.set(who, client);
  }
});
afterAll(() => app.close());

describe("route × role", () => {
  it("lists only what each person may see", async () => {
    const names = async (who: Who) => ((await clients.get(who)!.get<{ name: string }[]>("/api/households")).body ?? []).map((h) => h.name).sort();
    expect(await names("coordB")).toEqual(["InB"]);
    expect(await names("referrer")).toEqual(["Referred"]);
    expect(await names("relay")).toEqual(["Delegated"]);
    expect(await names("resident")).toEqual(["Own"]);
    const tours = (await clients.get("driverA2")!.get<{ id: string }[]>("/api/tours")).body.map((t) => t.id);
    expect(tours).toEqual([world.tours.driverA2]);
  });

  it("never puts eligibility in a household", async () => {
    const res = await clients.get("coordA")!.get(`/api/households`);
    expect(res.status).toBe(200);
    expect(res.text).toContain("Referred");
    expect(res.text).not.toMatch(/participation|eligib|monthlyCap/i);
  });

  for (const testCase of CASES) {
    it(`${testCase.route} (${testCase.request.toString().match(/households\.(\w+)|tours\.(\w+)/)?.[0] ?? "collection"})`, async () => {
      const outcome: Partial<Record<Who, number>> = {};
      const expected: Partial<Record<Who, number>> = {};
      for (const who of PEOPLE) {
        const { method, path, json } = testCase.request(world);
        const res = await clients.get(who)!.request(method, path, json === undefined ? {} : { json });
        outcome[who] = res.status;
        expected[who] = testCase.expect[who] ?? testCase.otherwise;
      }
      expect(outcome).toEqual(expected);
    });
  }

  it("covers every route of the API", () => {
    const tested = new Set([...CASES.map((c) => c.route), ...COVERED_ELSEWHERE]);
    const missing = routes.map((r) => `${r.method.toUpperCase()} ${r.path}`).filter((r) => !tested.has(r));
    expect(missing).toEqual([]);
  });
});
