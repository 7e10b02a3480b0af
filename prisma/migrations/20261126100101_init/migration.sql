-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('social_grocery', 'solidarity_bakery', 'producer', 'partner');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'coordinator', 'driver', 'resident', 'referrer', 'relay');

-- CreateEnum
CREATE TYPE "Compartment" AS ENUM ('ambient', 'chilled', 'frozen', 'bread');

-- CreateEnum
CREATE TYPE "Mobility" AS ENUM ('comes_to_halt', 'needs_home_drop');

-- CreateEnum
CREATE TYPE "ContactChannel" AS ENUM ('phone', 'sms', 'email', 'post', 'via_relay');

-- CreateEnum
CREATE TYPE "HouseholdAccessKind" AS ENUM ('member', 'relay');

-- CreateEnum
CREATE TYPE "EligibilityStatus" AS ENUM ('active', 'suspended', 'ended');

-- CreateEnum
CREATE TYPE "SiteKind" AS ENUM ('warehouse', 'bakery', 'depot', 'other');

-- CreateEnum
CREATE TYPE "StopKind" AS ENUM ('halt', 'home_drop');

-- CreateEnum
CREATE TYPE "TourStatus" AS ENUM ('draft', 'planned', 'published', 'in_progress', 'closed');

-- CreateEnum
CREATE TYPE "PassageStatus" AS ENUM ('scheduled', 'skipped', 'cancelled');

-- CreateEnum
CREATE TYPE "PassageOutcome" AS ENUM ('pending', 'visited', 'missed');

-- CreateEnum
CREATE TYPE "ProductKind" AS ENUM ('grocery', 'bakery', 'producer');

-- CreateEnum
CREATE TYPE "OrderStatus" AS ENUM ('pending', 'confirmed', 'cancelled', 'delivered', 'partially_delivered', 'not_collected');

-- CreateEnum
CREATE TYPE "OrderChannel" AS ENUM ('app', 'phone', 'relay', 'paper', 'driver');

-- CreateEnum
CREATE TYPE "HandoverOutcome" AS ENUM ('delivered', 'partial', 'absent', 'refused');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('cash', 'card', 'voucher', 'credit');

-- CreateEnum
CREATE TYPE "AlertStatus" AS ENUM ('open', 'acknowledged', 'closed');

-- CreateEnum
CREATE TYPE "MutationResult" AS ENUM ('applied', 'rejected');

-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('queued', 'running', 'succeeded', 'failed', 'cancelled');

-- CreateEnum
CREATE TYPE "RoutingProvider" AS ENUM ('osrm', 'estimate');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Paris',
    "cutoffDaysBefore" INTEGER NOT NULL DEFAULT 1,
    "cutoffMinute" INTEGER NOT NULL DEFAULT 1080,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT,
    "passwordHash" TEXT,
    "displayName" TEXT NOT NULL,
    "phone" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'fr',
    "disabledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "csrfToken" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "userAgent" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginCode" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "issuedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Household" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organisationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "addressLine" TEXT NOT NULL,
    "postcode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "citycode" TEXT,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "accessNotes" TEXT,
    "mobility" "Mobility" NOT NULL DEFAULT 'comes_to_halt',
    "usualStopId" UUID,
    "peopleCount" INTEGER NOT NULL DEFAULT 1,
    "phone" TEXT,
    "contactChannel" "ContactChannel" NOT NULL DEFAULT 'phone',
    "homeAvailability" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "archivedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Household_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HouseholdAccess" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "householdId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "HouseholdAccessKind" NOT NULL,
    "grantedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),
    "note" TEXT,

    CONSTRAINT "HouseholdAccess_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "householdId" UUID NOT NULL,
    "purpose" TEXT NOT NULL,
    "givenAt" TIMESTAMPTZ(3) NOT NULL,
    "withdrawnAt" TIMESTAMPTZ(3),
    "recordedById" UUID,
    "evidence" TEXT,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Eligibility" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "householdId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "referrerOrganisationId" UUID,
    "referrerUserId" UUID,
    "participationRatePercent" INTEGER NOT NULL,
    "monthlyCapCents" INTEGER,
    "validFrom" DATE NOT NULL,
    "validTo" DATE NOT NULL,
    "status" "EligibilityStatus" NOT NULL DEFAULT 'active',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Eligibility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EligibilityEvent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "eligibilityId" UUID NOT NULL,
    "status" "EligibilityStatus" NOT NULL,
    "validTo" DATE,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "byUserId" UUID,
    "note" TEXT,

    CONSTRAINT "EligibilityEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Site" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organisationId" UUID NOT NULL,
    "kind" "SiteKind" NOT NULL,
    "name" TEXT NOT NULL,
    "addressLine" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "openingHours" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "Site_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vehicle" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organisationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "plate" TEXT,
    "refrigerated" BOOLEAN NOT NULL DEFAULT false,
    "homeSiteId" UUID NOT NULL,
    "workStartMinute" INTEGER NOT NULL DEFAULT 420,
    "workEndMinute" INTEGER NOT NULL DEFAULT 1080,
    "maxStops" INTEGER,
    "maxTravelMinutes" INTEGER,
    "fixedCostCents" INTEGER NOT NULL DEFAULT 0,
    "costPerHourCents" INTEGER NOT NULL DEFAULT 0,
    "costPerKmCents" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Vehicle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VehicleCompartment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "vehicleId" UUID NOT NULL,
    "compartment" "Compartment" NOT NULL,
    "capacity" INTEGER NOT NULL,

    CONSTRAINT "VehicleCompartment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DriverAvailability" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "driverId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "weekday" INTEGER,
    "date" DATE,
    "fromMinute" INTEGER NOT NULL,
    "toMinute" INTEGER NOT NULL,
    "available" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "DriverAvailability_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Stop" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organisationId" UUID NOT NULL,
    "kind" "StopKind" NOT NULL,
    "name" TEXT NOT NULL,
    "addressLine" TEXT,
    "city" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "accessNotes" TEXT,
    "householdId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "archivedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Stop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TourTemplate" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organisationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "vehicleId" UUID,
    "weekday" INTEGER NOT NULL,
    "everyWeeks" INTEGER NOT NULL DEFAULT 1,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "departureMinute" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "TourTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TourTemplateHalt" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "templateId" UUID NOT NULL,
    "stopId" UUID NOT NULL,
    "sequence" INTEGER NOT NULL,
    "arrivalMinute" INTEGER NOT NULL,
    "dwellMinutes" INTEGER NOT NULL,

    CONSTRAINT "TourTemplateHalt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TourTemplateException" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "templateId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "stopId" UUID,
    "reason" TEXT NOT NULL,

    CONSTRAINT "TourTemplateException_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tour" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organisationId" UUID NOT NULL,
    "templateId" UUID,
    "date" DATE NOT NULL,
    "vehicleId" UUID,
    "driverId" UUID,
    "status" "TourStatus" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 0,
    "publishedAt" TIMESTAMPTZ(3),
    "startedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "geometry" TEXT,
    "routingProvider" "RoutingProvider",
    "plannedDurationS" INTEGER,
    "plannedDistanceM" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tour_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Passage" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organisationId" UUID NOT NULL,
    "stopId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "templateId" UUID,
    "templateHaltId" UUID,
    "tourId" UUID,
    "sequence" INTEGER,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "windowEnd" TIMESTAMPTZ(3) NOT NULL,
    "dwellMinutes" INTEGER NOT NULL DEFAULT 5,
    "plannedArrival" TIMESTAMPTZ(3),
    "plannedDeparture" TIMESTAMPTZ(3),
    "loadAfter" JSONB,
    "lockedVehicleId" UUID,
    "lockedSequence" INTEGER,
    "unassignedReason" TEXT,
    "cutoffAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "PassageStatus" NOT NULL DEFAULT 'scheduled',
    "outcome" "PassageOutcome" NOT NULL DEFAULT 'pending',
    "arrivedAt" TIMESTAMPTZ(3),
    "departedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Passage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organisationId" UUID NOT NULL,
    "sku" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shelf" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "kind" "ProductKind" NOT NULL,
    "compartment" "Compartment" NOT NULL,
    "sizePer100" INTEGER NOT NULL DEFAULT 100,
    "referencePriceCents" INTEGER NOT NULL,
    "shelfLifeDays" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Offer" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organisationId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "socialPricing" BOOLEAN NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Offer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferStock" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "offerId" UUID NOT NULL,
    "templateId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "quantity" INTEGER NOT NULL,
    "reserved" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OfferStock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organisationId" UUID NOT NULL,
    "householdId" UUID NOT NULL,
    "passageId" UUID NOT NULL,
    "status" "OrderStatus" NOT NULL DEFAULT 'confirmed',
    "channel" "OrderChannel" NOT NULL,
    "enteredById" UUID NOT NULL,
    "cutoffAt" TIMESTAMPTZ(3) NOT NULL,
    "totalCents" INTEGER NOT NULL,
    "referenceTotalCents" INTEGER NOT NULL,
    "capReferenceCents" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMPTZ(3),

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderLine" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "orderId" UUID NOT NULL,
    "offerId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unitPriceCents" INTEGER NOT NULL,
    "referenceUnitPriceCents" INTEGER NOT NULL,
    "socialPrice" BOOLEAN NOT NULL,
    "deliveredQuantity" INTEGER,

    CONSTRAINT "OrderLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Handover" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "orderId" UUID NOT NULL,
    "driverId" UUID NOT NULL,
    "outcome" "HandoverOutcome" NOT NULL,
    "note" TEXT,
    "deviceTime" TIMESTAMPTZ(3) NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "mutationId" UUID,

    CONSTRAINT "Handover_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "householdId" UUID NOT NULL,
    "orderId" UUID,
    "passageId" UUID,
    "method" "PaymentMethod" NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "tenderedCents" INTEGER,
    "collectedById" UUID NOT NULL,
    "deviceTime" TIMESTAMPTZ(3) NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "mutationId" UUID,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WellbeingAlert" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organisationId" UUID NOT NULL,
    "householdId" UUID NOT NULL,
    "passageId" UUID,
    "raisedById" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "note" TEXT,
    "status" "AlertStatus" NOT NULL DEFAULT 'open',
    "deviceTime" TIMESTAMPTZ(3) NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" TIMESTAMPTZ(3),
    "acknowledgedById" UUID,
    "mutationId" UUID,

    CONSTRAINT "WellbeingAlert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DriverNote" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "passageId" UUID NOT NULL,
    "householdId" UUID,
    "authorId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "deviceTime" TIMESTAMPTZ(3) NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "mutationId" UUID,

    CONSTRAINT "DriverNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Device" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppliedMutation" (
    "id" UUID NOT NULL,
    "deviceId" UUID NOT NULL,
    "deviceSeq" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "deviceTime" TIMESTAMPTZ(3) NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "result" "MutationResult" NOT NULL,
    "resultCode" TEXT,
    "resultDetail" JSONB,

    CONSTRAINT "AppliedMutation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "organisationId" UUID,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "changes" JSONB,
    "requestId" TEXT,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanningJob" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organisationId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "status" "JobStatus" NOT NULL DEFAULT 'queued',
    "bestCost" DOUBLE PRECISION,
    "progress" JSONB,
    "result" JSONB,
    "error" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PlanningJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoutingCacheEntry" (
    "provider" "RoutingProvider" NOT NULL,
    "profile" TEXT NOT NULL,
    "fromKey" TEXT NOT NULL,
    "toKey" TEXT NOT NULL,
    "durationS" INTEGER NOT NULL,
    "distanceM" INTEGER NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoutingCacheEntry_pkey" PRIMARY KEY ("provider","profile","fromKey","toKey")
);

-- CreateTable
CREATE TABLE "RoutingCalibration" (
    "territory" TEXT NOT NULL,
    "profile" TEXT NOT NULL,
    "factors" JSONB NOT NULL,
    "sampleSize" INTEGER NOT NULL,
    "fittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoutingCalibration_pkey" PRIMARY KEY ("territory","profile")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_organisationId_role_idx" ON "Membership"("organisationId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_organisationId_role_key" ON "Membership"("userId", "organisationId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "LoginCode_codeHash_key" ON "LoginCode"("codeHash");

-- CreateIndex
CREATE INDEX "LoginCode_userId_idx" ON "LoginCode"("userId");

-- CreateIndex
CREATE INDEX "Household_organisationId_idx" ON "Household"("organisationId");

-- CreateIndex
CREATE INDEX "HouseholdAccess_userId_idx" ON "HouseholdAccess"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "HouseholdAccess_householdId_userId_key" ON "HouseholdAccess"("householdId", "userId");

-- CreateIndex
CREATE INDEX "Consent_householdId_idx" ON "Consent"("householdId");

-- CreateIndex
CREATE INDEX "Eligibility_householdId_validTo_idx" ON "Eligibility"("householdId", "validTo");

-- CreateIndex
CREATE INDEX "Eligibility_referrerUserId_idx" ON "Eligibility"("referrerUserId");

-- CreateIndex
CREATE INDEX "EligibilityEvent_eligibilityId_idx" ON "EligibilityEvent"("eligibilityId");

-- CreateIndex
CREATE INDEX "Site_organisationId_idx" ON "Site"("organisationId");

-- CreateIndex
CREATE INDEX "Vehicle_organisationId_idx" ON "Vehicle"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "VehicleCompartment_vehicleId_compartment_key" ON "VehicleCompartment"("vehicleId", "compartment");

-- CreateIndex
CREATE INDEX "DriverAvailability_driverId_idx" ON "DriverAvailability"("driverId");

-- CreateIndex
CREATE INDEX "DriverAvailability_organisationId_idx" ON "DriverAvailability"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Stop_householdId_key" ON "Stop"("householdId");

-- CreateIndex
CREATE INDEX "Stop_organisationId_idx" ON "Stop"("organisationId");

-- CreateIndex
CREATE INDEX "TourTemplate_organisationId_idx" ON "TourTemplate"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "TourTemplateHalt_templateId_stopId_key" ON "TourTemplateHalt"("templateId", "stopId");

-- CreateIndex
CREATE UNIQUE INDEX "TourTemplateHalt_templateId_sequence_key" ON "TourTemplateHalt"("templateId", "sequence");

-- CreateIndex
CREATE INDEX "TourTemplateException_templateId_date_idx" ON "TourTemplateException"("templateId", "date");

-- CreateIndex
CREATE INDEX "Tour_organisationId_date_idx" ON "Tour"("organisationId", "date");

-- CreateIndex
CREATE INDEX "Tour_driverId_date_idx" ON "Tour"("driverId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Tour_vehicleId_date_key" ON "Tour"("vehicleId", "date");

-- CreateIndex
CREATE INDEX "Passage_organisationId_date_idx" ON "Passage"("organisationId", "date");

-- CreateIndex
CREATE INDEX "Passage_tourId_idx" ON "Passage"("tourId");

-- CreateIndex
CREATE UNIQUE INDEX "Passage_stopId_date_organisationId_key" ON "Passage"("stopId", "date", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Product_organisationId_sku_key" ON "Product"("organisationId", "sku");

-- CreateIndex
CREATE UNIQUE INDEX "Offer_organisationId_productId_key" ON "Offer"("organisationId", "productId");

-- CreateIndex
CREATE UNIQUE INDEX "OfferStock_offerId_templateId_date_key" ON "OfferStock"("offerId", "templateId", "date");

-- CreateIndex
CREATE INDEX "Order_passageId_idx" ON "Order"("passageId");

-- CreateIndex
CREATE INDEX "Order_organisationId_createdAt_idx" ON "Order"("organisationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Order_householdId_passageId_key" ON "Order"("householdId", "passageId");

-- CreateIndex
CREATE UNIQUE INDEX "OrderLine_orderId_offerId_key" ON "OrderLine"("orderId", "offerId");

-- CreateIndex
CREATE UNIQUE INDEX "Handover_orderId_key" ON "Handover"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_mutationId_key" ON "Payment"("mutationId");

-- CreateIndex
CREATE INDEX "Payment_householdId_idx" ON "Payment"("householdId");

-- CreateIndex
CREATE INDEX "Payment_passageId_idx" ON "Payment"("passageId");

-- CreateIndex
CREATE UNIQUE INDEX "WellbeingAlert_mutationId_key" ON "WellbeingAlert"("mutationId");

-- CreateIndex
CREATE INDEX "WellbeingAlert_organisationId_status_idx" ON "WellbeingAlert"("organisationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "DriverNote_mutationId_key" ON "DriverNote"("mutationId");

-- CreateIndex
CREATE INDEX "DriverNote_passageId_idx" ON "DriverNote"("passageId");

-- CreateIndex
CREATE UNIQUE INDEX "AppliedMutation_deviceId_deviceSeq_key" ON "AppliedMutation"("deviceId", "deviceSeq");

-- CreateIndex
CREATE INDEX "AuditEntry_entity_entityId_idx" ON "AuditEntry"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditEntry_organisationId_at_idx" ON "AuditEntry"("organisationId", "at");

-- CreateIndex
CREATE INDEX "PlanningJob_organisationId_date_idx" ON "PlanningJob"("organisationId", "date");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoginCode" ADD CONSTRAINT "LoginCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoginCode" ADD CONSTRAINT "LoginCode_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Household" ADD CONSTRAINT "Household_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Household" ADD CONSTRAINT "Household_usualStopId_fkey" FOREIGN KEY ("usualStopId") REFERENCES "Stop"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HouseholdAccess" ADD CONSTRAINT "HouseholdAccess_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HouseholdAccess" ADD CONSTRAINT "HouseholdAccess_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Eligibility" ADD CONSTRAINT "Eligibility_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Eligibility" ADD CONSTRAINT "Eligibility_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Eligibility" ADD CONSTRAINT "Eligibility_referrerOrganisationId_fkey" FOREIGN KEY ("referrerOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Eligibility" ADD CONSTRAINT "Eligibility_referrerUserId_fkey" FOREIGN KEY ("referrerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EligibilityEvent" ADD CONSTRAINT "EligibilityEvent_eligibilityId_fkey" FOREIGN KEY ("eligibilityId") REFERENCES "Eligibility"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EligibilityEvent" ADD CONSTRAINT "EligibilityEvent_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Site" ADD CONSTRAINT "Site_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vehicle" ADD CONSTRAINT "Vehicle_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vehicle" ADD CONSTRAINT "Vehicle_homeSiteId_fkey" FOREIGN KEY ("homeSiteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VehicleCompartment" ADD CONSTRAINT "VehicleCompartment_vehicleId_fkey" FOREIGN KEY ("vehicleId") REFERENCES "Vehicle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DriverAvailability" ADD CONSTRAINT "DriverAvailability_driverId_fkey" FOREIGN KEY ("driverId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DriverAvailability" ADD CONSTRAINT "DriverAvailability_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Stop" ADD CONSTRAINT "Stop_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Stop" ADD CONSTRAINT "Stop_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TourTemplate" ADD CONSTRAINT "TourTemplate_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TourTemplate" ADD CONSTRAINT "TourTemplate_vehicleId_fkey" FOREIGN KEY ("vehicleId") REFERENCES "Vehicle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TourTemplateHalt" ADD CONSTRAINT "TourTemplateHalt_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "TourTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TourTemplateHalt" ADD CONSTRAINT "TourTemplateHalt_stopId_fkey" FOREIGN KEY ("stopId") REFERENCES "Stop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TourTemplateException" ADD CONSTRAINT "TourTemplateException_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "TourTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tour" ADD CONSTRAINT "Tour_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tour" ADD CONSTRAINT "Tour_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "TourTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tour" ADD CONSTRAINT "Tour_vehicleId_fkey" FOREIGN KEY ("vehicleId") REFERENCES "Vehicle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tour" ADD CONSTRAINT "Tour_driverId_fkey" FOREIGN KEY ("driverId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Passage" ADD CONSTRAINT "Passage_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Passage" ADD CONSTRAINT "Passage_stopId_fkey" FOREIGN KEY ("stopId") REFERENCES "Stop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Passage" ADD CONSTRAINT "Passage_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "TourTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Passage" ADD CONSTRAINT "Passage_templateHaltId_fkey" FOREIGN KEY ("templateHaltId") REFERENCES "TourTemplateHalt"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Passage" ADD CONSTRAINT "Passage_tourId_fkey" FOREIGN KEY ("tourId") REFERENCES "Tour"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferStock" ADD CONSTRAINT "OfferStock_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferStock" ADD CONSTRAINT "OfferStock_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "TourTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_passageId_fkey" FOREIGN KEY ("passageId") REFERENCES "Passage"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Handover" ADD CONSTRAINT "Handover_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Handover" ADD CONSTRAINT "Handover_driverId_fkey" FOREIGN KEY ("driverId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_passageId_fkey" FOREIGN KEY ("passageId") REFERENCES "Passage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_collectedById_fkey" FOREIGN KEY ("collectedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WellbeingAlert" ADD CONSTRAINT "WellbeingAlert_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WellbeingAlert" ADD CONSTRAINT "WellbeingAlert_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WellbeingAlert" ADD CONSTRAINT "WellbeingAlert_passageId_fkey" FOREIGN KEY ("passageId") REFERENCES "Passage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WellbeingAlert" ADD CONSTRAINT "WellbeingAlert_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WellbeingAlert" ADD CONSTRAINT "WellbeingAlert_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DriverNote" ADD CONSTRAINT "DriverNote_passageId_fkey" FOREIGN KEY ("passageId") REFERENCES "Passage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DriverNote" ADD CONSTRAINT "DriverNote_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DriverNote" ADD CONSTRAINT "DriverNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Device" ADD CONSTRAINT "Device_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppliedMutation" ADD CONSTRAINT "AppliedMutation_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanningJob" ADD CONSTRAINT "PlanningJob_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanningJob" ADD CONSTRAINT "PlanningJob_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Check constraints: rules the database enforces even against a buggy caller.
-- (Prisma's schema language cannot express them; its diff leaves them alone.)
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_cutoff_check" CHECK ("cutoffDaysBefore" BETWEEN 0 AND 14 AND "cutoffMinute" BETWEEN 0 AND 1439);
ALTER TABLE "User" ADD CONSTRAINT "User_email_lower_check" CHECK ("email" IS NULL OR "email" = lower("email"));
ALTER TABLE "User" ADD CONSTRAINT "User_locale_check" CHECK ("locale" IN ('fr', 'en'));
ALTER TABLE "Household" ADD CONSTRAINT "Household_position_check" CHECK ("latitude" BETWEEN -90 AND 90 AND "longitude" BETWEEN -180 AND 180);
ALTER TABLE "Household" ADD CONSTRAINT "Household_people_check" CHECK ("peopleCount" >= 1);
ALTER TABLE "Eligibility" ADD CONSTRAINT "Eligibility_rate_check" CHECK ("participationRatePercent" BETWEEN 1 AND 100);
ALTER TABLE "Eligibility" ADD CONSTRAINT "Eligibility_cap_check" CHECK ("monthlyCapCents" IS NULL OR "monthlyCapCents" >= 0);
ALTER TABLE "Eligibility" ADD CONSTRAINT "Eligibility_validity_check" CHECK ("validTo" >= "validFrom");
ALTER TABLE "Site" ADD CONSTRAINT "Site_position_check" CHECK ("latitude" BETWEEN -90 AND 90 AND "longitude" BETWEEN -180 AND 180);
ALTER TABLE "Vehicle" ADD CONSTRAINT "Vehicle_hours_check" CHECK ("workStartMinute" >= 0 AND "workEndMinute" <= 1440 AND "workStartMinute" < "workEndMinute");
ALTER TABLE "Vehicle" ADD CONSTRAINT "Vehicle_limits_check" CHECK (("maxStops" IS NULL OR "maxStops" > 0) AND ("maxTravelMinutes" IS NULL OR "maxTravelMinutes" > 0));
ALTER TABLE "Vehicle" ADD CONSTRAINT "Vehicle_costs_check" CHECK ("fixedCostCents" >= 0 AND "costPerHourCents" >= 0 AND "costPerKmCents" >= 0);
ALTER TABLE "VehicleCompartment" ADD CONSTRAINT "VehicleCompartment_capacity_check" CHECK ("capacity" >= 0);
ALTER TABLE "DriverAvailability" ADD CONSTRAINT "DriverAvailability_when_check" CHECK (("weekday" IS NULL) <> ("date" IS NULL) AND ("weekday" IS NULL OR "weekday" BETWEEN 1 AND 7));
ALTER TABLE "DriverAvailability" ADD CONSTRAINT "DriverAvailability_hours_check" CHECK ("fromMinute" >= 0 AND "toMinute" <= 1440 AND "fromMinute" < "toMinute");
ALTER TABLE "Stop" ADD CONSTRAINT "Stop_household_check" CHECK (("kind" = 'home_drop') = ("householdId" IS NOT NULL));
ALTER TABLE "Stop" ADD CONSTRAINT "Stop_position_check" CHECK ("latitude" BETWEEN -90 AND 90 AND "longitude" BETWEEN -180 AND 180);
ALTER TABLE "TourTemplate" ADD CONSTRAINT "TourTemplate_recurrence_check" CHECK ("weekday" BETWEEN 1 AND 7 AND "everyWeeks" IN (1, 2) AND ("endDate" IS NULL OR "endDate" >= "startDate"));
ALTER TABLE "TourTemplate" ADD CONSTRAINT "TourTemplate_departure_check" CHECK ("departureMinute" BETWEEN 0 AND 1439);
ALTER TABLE "TourTemplateHalt" ADD CONSTRAINT "TourTemplateHalt_times_check" CHECK ("arrivalMinute" BETWEEN 0 AND 1439 AND "dwellMinutes" >= 0 AND "sequence" >= 0);
ALTER TABLE "Tour" ADD CONSTRAINT "Tour_version_check" CHECK ("version" >= 0);
ALTER TABLE "Passage" ADD CONSTRAINT "Passage_window_check" CHECK ("windowEnd" >= "windowStart" AND "dwellMinutes" >= 0);
ALTER TABLE "Passage" ADD CONSTRAINT "Passage_sequence_check" CHECK (("sequence" IS NULL OR "sequence" >= 0) AND ("lockedSequence" IS NULL OR "lockedSequence" >= 0));
ALTER TABLE "Product" ADD CONSTRAINT "Product_price_check" CHECK ("referencePriceCents" >= 0 AND "sizePer100" > 0 AND ("shelfLifeDays" IS NULL OR "shelfLifeDays" > 0));
ALTER TABLE "OfferStock" ADD CONSTRAINT "OfferStock_quantity_check" CHECK ("quantity" >= 0 AND "reserved" >= 0 AND "reserved" <= "quantity");
ALTER TABLE "Order" ADD CONSTRAINT "Order_amounts_check" CHECK ("totalCents" >= 0 AND "referenceTotalCents" >= 0 AND "capReferenceCents" >= 0 AND "version" >= 1);
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_quantity_check" CHECK ("quantity" > 0 AND ("deliveredQuantity" IS NULL OR "deliveredQuantity" BETWEEN 0 AND "quantity"));
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_price_check" CHECK ("unitPriceCents" >= 0 AND "referenceUnitPriceCents" >= 0);
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_amount_check" CHECK ("amountCents" > 0 AND ("tenderedCents" IS NULL OR "tenderedCents" >= "amountCents"));
ALTER TABLE "AppliedMutation" ADD CONSTRAINT "AppliedMutation_seq_check" CHECK ("deviceSeq" >= 1);
ALTER TABLE "RoutingCacheEntry" ADD CONSTRAINT "RoutingCacheEntry_values_check" CHECK ("durationS" >= 0 AND "distanceM" >= 0);
