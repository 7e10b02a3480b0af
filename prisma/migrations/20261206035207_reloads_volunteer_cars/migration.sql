-- AlterTable
ALTER TABLE "Tour" ADD COLUMN     "reloads" JSONB;

-- AlterTable
ALTER TABLE "Vehicle" ADD COLUMN     "maxTrips" INTEGER,
ADD COLUMN     "mileageAllowanceCents" INTEGER,
ADD COLUMN     "ownerId" UUID,
ADD COLUMN     "reloadMinutes" INTEGER;

-- CreateIndex
CREATE INDEX "Vehicle_ownerId_idx" ON "Vehicle"("ownerId");

-- AddForeignKey
ALTER TABLE "Vehicle" ADD CONSTRAINT "Vehicle_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Ranges the API also checks: a reload takes 0 to 4 hours, a day has 2 to 10 trips, an allowance is 0 to 5 € a km.
ALTER TABLE "Vehicle" ADD CONSTRAINT "Vehicle_reloadMinutes_range" CHECK ("reloadMinutes" IS NULL OR "reloadMinutes" BETWEEN 0 AND 240);
ALTER TABLE "Vehicle" ADD CONSTRAINT "Vehicle_maxTrips_range" CHECK ("maxTrips" IS NULL OR "maxTrips" BETWEEN 2 AND 10);
ALTER TABLE "Vehicle" ADD CONSTRAINT "Vehicle_mileageAllowanceCents_range" CHECK ("mileageAllowanceCents" IS NULL OR "mileageAllowanceCents" BETWEEN 0 AND 500);
