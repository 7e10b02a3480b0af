-- DropIndex
DROP INDEX "SupplyReceipt_offerId_date_key";

-- AlterTable
ALTER TABLE "SupplyReceipt" ADD COLUMN     "mutationId" UUID,
ADD COLUMN     "note" TEXT,
ADD COLUMN     "tourId" UUID;

-- CreateIndex
CREATE INDEX "SupplyReceipt_tourId_idx" ON "SupplyReceipt"("tourId");

-- CreateIndex
CREATE INDEX "SupplyReceipt_date_idx" ON "SupplyReceipt"("date");

-- CreateIndex
CREATE UNIQUE INDEX "SupplyReceipt_offerId_date_tourId_key" ON "SupplyReceipt"("offerId", "date", "tourId");

-- AddForeignKey
ALTER TABLE "SupplyReceipt" ADD CONSTRAINT "SupplyReceipt_tourId_fkey" FOREIGN KEY ("tourId") REFERENCES "Tour"("id") ON DELETE SET NULL ON UPDATE CASCADE;
