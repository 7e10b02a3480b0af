-- CreateEnum
CREATE TYPE "PlanBalance" AS ENUM ('cheapest', 'longest_day', 'equal_days');

-- AlterTable
ALTER TABLE "PlanningJob" ADD COLUMN     "balance" "PlanBalance" NOT NULL DEFAULT 'cheapest';
