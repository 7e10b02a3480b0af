-- CreateEnum
CREATE TYPE "PartnershipStatus" AS ENUM ('proposed', 'active', 'declined', 'ended');

-- CreateEnum
CREATE TYPE "PartnershipSide" AS ENUM ('carrier', 'partner');

-- CreateEnum
CREATE TYPE "CostShareKey" AS ENUM ('stops', 'volume', 'orders');

-- CreateTable
CREATE TABLE "Partnership" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "carrierId" UUID NOT NULL,
    "partnerId" UUID NOT NULL,
    "templateId" UUID,
    "weekdays" INTEGER[],
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "costKey" "CostShareKey" NOT NULL,
    "note" TEXT,
    "status" "PartnershipStatus" NOT NULL DEFAULT 'proposed',
    "proposedBy" "PartnershipSide" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMPTZ(3),
    "endedAt" TIMESTAMPTZ(3),
    "endedBy" "PartnershipSide",
    "endReason" TEXT,

    CONSTRAINT "Partnership_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Partnership_carrierId_status_idx" ON "Partnership"("carrierId", "status");

-- CreateIndex
CREATE INDEX "Partnership_partnerId_status_idx" ON "Partnership"("partnerId", "status");

-- AddForeignKey
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_carrierId_fkey" FOREIGN KEY ("carrierId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "TourTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written rules (see ARCHITECTURE.md, "Database and migrations").
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_two_organisations" CHECK ("carrierId" <> "partnerId");
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_weekdays" CHECK (cardinality("weekdays") BETWEEN 1 AND 7 AND "weekdays" <@ ARRAY[1,2,3,4,5,6,7]);
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_period" CHECK ("validTo" IS NULL OR "validTo" >= "validFrom");
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_ended" CHECK (("status" = 'ended') = ("endedAt" IS NOT NULL AND "endedBy" IS NOT NULL));
