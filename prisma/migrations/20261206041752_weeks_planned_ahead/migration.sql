-- CreateEnum
CREATE TYPE "HomeDropFrequency" AS ENUM ('weekly', 'fortnightly', 'monthly');

-- AlterTable
ALTER TABLE "Household" ADD COLUMN     "homeDropDays" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
ADD COLUMN     "homeDropFrequency" "HomeDropFrequency";

-- AlterTable
ALTER TABLE "Passage" ADD COLUMN     "regularVisit" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "PlanningJob" ADD COLUMN     "horizonWeeks" INTEGER,
ADD COLUMN     "sameDriverMinutes" INTEGER,
ADD COLUMN     "toleranceMinutes" INTEGER;

-- Hand-written: weekdays 1 (Monday) to 7, and a horizon of 1 to 5 weeks with sensible minutes.
ALTER TABLE "Household" ADD CONSTRAINT "Household_homeDropDays_check" CHECK ("homeDropDays" <@ ARRAY[1, 2, 3, 4, 5, 6, 7]);
ALTER TABLE "PlanningJob" ADD CONSTRAINT "PlanningJob_horizon_check" CHECK (("horizonWeeks" IS NULL OR "horizonWeeks" BETWEEN 1 AND 5) AND ("toleranceMinutes" IS NULL OR "toleranceMinutes" BETWEEN 0 AND 120) AND ("sameDriverMinutes" IS NULL OR "sameDriverMinutes" BETWEEN 0 AND 240));
