/**
 * Every endpoint of the API, gathered from one list per area (`routes/<area>/index.ts`).
 * Listing a route here mounts it, documents it in the OpenAPI document and puts it under the
 * fuzz test; its access rules must also be written in the area's `access-cases.ts`.
 */
import type { RouteDefinition } from "../http/route.js";
import { authRoutes } from "./auth/index.js";
import { catalogueRoutes } from "./catalogue/index.js";
import { producerRoutes } from "./producers/index.js";
import { householdRoutes } from "./households/index.js";
import { orderRoutes } from "./orders/index.js";
import { organisationRoutes } from "./organisations/index.js";
import { planningRoutes } from "./planning/index.js";
import { sheetRoutes } from "./sheets/index.js";
import { templateRoutes } from "./templates/index.js";
import { tourRoutes } from "./tours/index.js";
import { syncRoutes } from "./sync/index.js";
import { stopRoutes } from "./stops/index.js";
import { vehicleRoutes } from "./vehicles/index.js";
import { mileageRoutes } from "./mileage/index.js";
import { siteRoutes } from "./sites/index.js";
import { passageRoutes } from "./passages/index.js";
import { orderImportRoutes } from "./order-imports/index.js";
import { driverRoutes } from "./drivers/index.js";
import { importRoutes } from "./imports/index.js";
import { arrivalRoutes } from "./arrivals/index.js";
import { roundAlertRoutes } from "./round-alerts/index.js";
import { passageNoteRoutes } from "./passage-notes/index.js";
import { geocodingRoutes } from "./geocoding/index.js";
import { notificationRoutes } from "./notifications/index.js";
import { relayRoutes } from "./relay/index.js";
import { callRequestRoutes } from "./call-requests/index.js";
import { mapRoutes } from "./maps/index.js";
import { referralRoutes } from "./referrals/index.js";
import { referrerRoutes } from "./referrer/index.js";
import { delegationRoutes } from "./delegations/index.js";
import { ledgerRoutes } from "./ledger/index.js";
import { partnershipRoutes } from "./partnerships/index.js";
import { bakeryRoutes } from "./bakery/index.js";
import { adminRoutes } from "./admin/index.js";
import { communeRoutes } from "./communes/index.js";
import { amapRoutes } from "./amap/index.js";

export const routes: readonly RouteDefinition[] = [...authRoutes, ...organisationRoutes, ...householdRoutes, ...tourRoutes, ...catalogueRoutes, ...orderRoutes, ...stopRoutes, ...vehicleRoutes, ...mileageRoutes, ...siteRoutes, ...passageRoutes, ...orderImportRoutes, ...driverRoutes, ...importRoutes, ...arrivalRoutes, ...syncRoutes, ...templateRoutes, ...planningRoutes, ...sheetRoutes, ...roundAlertRoutes, ...passageNoteRoutes, ...geocodingRoutes, ...notificationRoutes, ...relayRoutes, ...callRequestRoutes, ...mapRoutes, ...referralRoutes, ...referrerRoutes, ...delegationRoutes, ...ledgerRoutes, ...partnershipRoutes, ...producerRoutes, ...bakeryRoutes, ...adminRoutes, ...communeRoutes, ...amapRoutes];
