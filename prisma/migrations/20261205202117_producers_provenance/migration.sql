-- CreateEnum
CREATE TYPE "SupplyRoute" AS ENUM ('warehouse_drop', 'farm_pickup');

-- CreateEnum
CREATE TYPE "DistanceKind" AS ENUM ('road', 'straight_line');

-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "producerPriceCents" INTEGER;

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "labels" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "SupplyAgreement" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organisationId" UUID NOT NULL,
    "producerId" UUID NOT NULL,
    "farmSiteId" UUID NOT NULL,
    "route" "SupplyRoute" NOT NULL,
    "dropSiteId" UUID,
    "dropByMinute" INTEGER,
    "distanceM" INTEGER,
    "distanceKind" "DistanceKind",
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupplyAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SupplyAgreement_producerId_idx" ON "SupplyAgreement"("producerId");

-- CreateIndex
CREATE UNIQUE INDEX "SupplyAgreement_organisationId_producerId_key" ON "SupplyAgreement"("organisationId", "producerId");

-- AddForeignKey
ALTER TABLE "SupplyAgreement" ADD CONSTRAINT "SupplyAgreement_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplyAgreement" ADD CONSTRAINT "SupplyAgreement_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplyAgreement" ADD CONSTRAINT "SupplyAgreement_farmSiteId_fkey" FOREIGN KEY ("farmSiteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplyAgreement" ADD CONSTRAINT "SupplyAgreement_dropSiteId_fkey" FOREIGN KEY ("dropSiteId") REFERENCES "Site"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Rules Prisma cannot express (written by hand).
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_producer_price_check" CHECK ("producerPriceCents" IS NULL OR "producerPriceCents" >= 0);
ALTER TABLE "SupplyAgreement" ADD CONSTRAINT "SupplyAgreement_drop_check" CHECK ("route" <> 'warehouse_drop' OR ("dropSiteId" IS NOT NULL AND "dropByMinute" BETWEEN 0 AND 1439));
ALTER TABLE "SupplyAgreement" ADD CONSTRAINT "SupplyAgreement_distance_check" CHECK (("distanceM" IS NULL) = ("distanceKind" IS NULL) AND ("distanceM" IS NULL OR "distanceM" >= 0));
ALTER TABLE "SupplyAgreement" ADD CONSTRAINT "SupplyAgreement_not_itself_check" CHECK ("organisationId" <> "producerId");
