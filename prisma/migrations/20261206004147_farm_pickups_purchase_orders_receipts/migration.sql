-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "TourStepKind" ADD VALUE 'farm_pickup';
ALTER TYPE "TourStepKind" ADD VALUE 'farm_delivery';

-- CreateTable
CREATE TABLE "PurchaseOrder" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organisationId" UUID NOT NULL,
    "producerId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "lines" JSONB NOT NULL,
    "totalCents" INTEGER NOT NULL,
    "frozenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PurchaseOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupplyReceipt" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "offerId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "expected" INTEGER NOT NULL,
    "received" INTEGER NOT NULL,
    "recordedById" UUID,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupplyReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PurchaseOrder_producerId_date_idx" ON "PurchaseOrder"("producerId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "PurchaseOrder_organisationId_producerId_date_key" ON "PurchaseOrder"("organisationId", "producerId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "SupplyReceipt_offerId_date_key" ON "SupplyReceipt"("offerId", "date");

-- AddForeignKey
ALTER TABLE "PurchaseOrder" ADD CONSTRAINT "PurchaseOrder_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PurchaseOrder" ADD CONSTRAINT "PurchaseOrder_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplyReceipt" ADD CONSTRAINT "SupplyReceipt_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplyReceipt" ADD CONSTRAINT "SupplyReceipt_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Rules Prisma cannot express (written by hand).
ALTER TABLE "SupplyReceipt" ADD CONSTRAINT "SupplyReceipt_quantities_check" CHECK ("expected" >= 0 AND "received" >= 0);
ALTER TABLE "PurchaseOrder" ADD CONSTRAINT "PurchaseOrder_total_check" CHECK ("totalCents" >= 0);
