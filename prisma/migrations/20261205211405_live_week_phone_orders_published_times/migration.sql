-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "lateReason" TEXT;

-- AlterTable
ALTER TABLE "Passage" ADD COLUMN     "previousPublishedArrival" TIMESTAMPTZ(3),
ADD COLUMN     "publishedArrival" TIMESTAMPTZ(3);

-- Rounds already published told residents their planned times.
UPDATE "Passage" AS p SET "publishedArrival" = p."plannedArrival"
FROM "Tour" AS t WHERE p."tourId" = t."id" AND t."status" IN ('published', 'in_progress', 'closed');
