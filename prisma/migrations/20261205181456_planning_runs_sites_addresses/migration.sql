-- AlterEnum
ALTER TYPE "SiteKind" ADD VALUE 'farm';

-- AlterTable
ALTER TABLE "Household" ADD COLUMN     "country" TEXT NOT NULL DEFAULT 'FR';

-- AlterTable
ALTER TABLE "OfferStock" ALTER COLUMN "templateId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "PlanningJob" ADD COLUMN     "driverIds" UUID[],
ADD COLUMN     "proposal" JSONB,
ADD COLUMN     "vehicleIds" UUID[];

-- AlterTable
ALTER TABLE "Site" ADD COLUMN     "archivedAt" TIMESTAMPTZ(3),
ADD COLUMN     "city" TEXT,
ADD COLUMN     "country" TEXT NOT NULL DEFAULT 'FR',
ADD COLUMN     "postcode" TEXT;

-- AlterTable
ALTER TABLE "Stop" ADD COLUMN     "country" TEXT NOT NULL DEFAULT 'FR',
ADD COLUMN     "postcode" TEXT;

-- AlterTable
ALTER TABLE "Tour" ADD COLUMN     "plannedDrivingS" INTEGER,
ADD COLUMN     "plannedEndAt" TIMESTAMPTZ(3),
ADD COLUMN     "plannedStartAt" TIMESTAMPTZ(3);

-- Hand-written: one stock row per offer and date for the one-off passages (rows without a round).
CREATE UNIQUE INDEX "OfferStock_offerId_date_one_off_key" ON "OfferStock"("offerId", "date") WHERE "templateId" IS NULL;

-- Hand-written: countries are ISO 3166-1 alpha-2 codes.
ALTER TABLE "Household" ADD CONSTRAINT "Household_country_check" CHECK ("country" ~ '^[A-Z]{2}$');
ALTER TABLE "Site" ADD CONSTRAINT "Site_country_check" CHECK ("country" ~ '^[A-Z]{2}$');
ALTER TABLE "Stop" ADD CONSTRAINT "Stop_country_check" CHECK ("country" ~ '^[A-Z]{2}$');
