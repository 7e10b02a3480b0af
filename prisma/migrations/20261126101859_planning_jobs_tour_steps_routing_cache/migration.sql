-- CreateEnum
CREATE TYPE "TourStepKind" AS ENUM ('bread_pickup', 'bread_delivery');

-- AlterTable
ALTER TABLE "PlanningJob" ADD COLUMN     "timeLimitS" INTEGER NOT NULL DEFAULT 10;

-- AlterTable
ALTER TABLE "RoutingCacheEntry" DROP CONSTRAINT "RoutingCacheEntry_pkey",
DROP COLUMN "provider",
ADD COLUMN     "provider" TEXT NOT NULL,
ALTER COLUMN "durationS" DROP NOT NULL,
ALTER COLUMN "distanceM" DROP NOT NULL,
ADD CONSTRAINT "RoutingCacheEntry_pkey" PRIMARY KEY ("provider", "profile", "fromKey", "toKey");

-- CreateTable
CREATE TABLE "TourStep" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tourId" UUID NOT NULL,
    "passageId" UUID NOT NULL,
    "kind" "TourStepKind" NOT NULL,
    "siteId" UUID,
    "sequence" INTEGER NOT NULL,
    "crates" INTEGER NOT NULL,
    "plannedArrival" TIMESTAMPTZ(3) NOT NULL,
    "plannedDeparture" TIMESTAMPTZ(3) NOT NULL,
    "loadAfter" JSONB NOT NULL,

    CONSTRAINT "TourStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoutingSnap" (
    "provider" TEXT NOT NULL,
    "profile" TEXT NOT NULL,
    "pinKey" TEXT NOT NULL,
    "snappedKey" TEXT NOT NULL,
    "distanceM" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoutingSnap_pkey" PRIMARY KEY ("provider","profile","pinKey")
);

-- CreateIndex
CREATE INDEX "TourStep_tourId_idx" ON "TourStep"("tourId");

-- CreateIndex
CREATE INDEX "TourStep_passageId_idx" ON "TourStep"("passageId");

-- AddForeignKey
ALTER TABLE "TourStep" ADD CONSTRAINT "TourStep_tourId_fkey" FOREIGN KEY ("tourId") REFERENCES "Tour"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TourStep" ADD CONSTRAINT "TourStep_passageId_fkey" FOREIGN KEY ("passageId") REFERENCES "Passage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- At most one active planning run per organisation and date: a second coordinator's start
-- fails on this index instead of racing the first one.
CREATE UNIQUE INDEX "PlanningJob_active_per_date_key" ON "PlanningJob"("organisationId", "date") WHERE "status" IN ('queued', 'running');

ALTER TABLE "PlanningJob" ADD CONSTRAINT "PlanningJob_timeLimitS_check" CHECK ("timeLimitS" BETWEEN 1 AND 600);
ALTER TABLE "TourStep" ADD CONSTRAINT "TourStep_crates_check" CHECK ("crates" >= 0);
