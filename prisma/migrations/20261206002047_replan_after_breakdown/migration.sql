-- AlterTable
ALTER TABLE "PlanningJob" ADD COLUMN     "breakdownFromMinute" INTEGER,
ADD COLUMN     "breakdownVehicleId" UUID;

-- Hand-written: a breakdown names both its vehicle and its minute, within the day.
ALTER TABLE "PlanningJob" ADD CONSTRAINT "PlanningJob_breakdown_check" CHECK (("breakdownVehicleId" IS NULL) = ("breakdownFromMinute" IS NULL) AND ("breakdownFromMinute" IS NULL OR "breakdownFromMinute" BETWEEN 0 AND 1439));
