-- AlterEnum
ALTER TYPE "RoutingProvider" ADD VALUE 'mixed';

-- AlterTable
ALTER TABLE "Tour" ADD COLUMN     "estimatedShare" DOUBLE PRECISION,
ADD COLUMN     "geometryProvider" "RoutingProvider",
ADD COLUMN     "plannedEnd" TIMESTAMPTZ(3),
ADD COLUMN     "plannedStart" TIMESTAMPTZ(3);

-- A share of the tour's legs.
ALTER TABLE "Tour" ADD CONSTRAINT "Tour_estimatedShare_range" CHECK ("estimatedShare" IS NULL OR ("estimatedShare" >= 0 AND "estimatedShare" <= 1));
