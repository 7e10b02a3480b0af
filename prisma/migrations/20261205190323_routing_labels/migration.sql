-- AlterEnum
ALTER TYPE "RoutingProvider" ADD VALUE 'mixed';

-- AlterTable
ALTER TABLE "Tour" ADD COLUMN     "estimatedShare" DOUBLE PRECISION,
ADD COLUMN     "geometryProvider" "RoutingProvider";

-- A share of the tour's legs.
ALTER TABLE "Tour" ADD CONSTRAINT "Tour_estimatedShare_range" CHECK ("estimatedShare" IS NULL OR ("estimatedShare" >= 0 AND "estimatedShare" <= 1));
