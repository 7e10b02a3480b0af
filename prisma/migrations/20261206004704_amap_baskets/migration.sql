-- CreateEnum
CREATE TYPE "AmapSkipRule" AS ENUM ('donated', 'postponed');

-- DropIndex
DROP INDEX "Order_householdId_passageId_key";

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "amapSubscriptionId" UUID;

-- CreateTable
CREATE TABLE "AmapContract" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organisationId" UUID NOT NULL,
    "producerId" UUID NOT NULL,
    "carrierId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "firstDate" DATE NOT NULL,
    "lastDate" DATE NOT NULL,
    "everyWeeks" INTEGER NOT NULL DEFAULT 1,
    "skipRule" "AmapSkipRule" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AmapContract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AmapBasketSize" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "contractId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "priceCents" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "productId" UUID NOT NULL,
    "offerId" UUID NOT NULL,

    CONSTRAINT "AmapBasketSize_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AmapSubscription" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "contractId" UUID NOT NULL,
    "householdId" UUID NOT NULL,
    "sizeId" UUID NOT NULL,
    "stopId" UUID NOT NULL,
    "solidarity" BOOLEAN NOT NULL DEFAULT false,
    "channel" "OrderChannel" NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMPTZ(3),

    CONSTRAINT "AmapSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AmapSkip" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "subscriptionId" UUID NOT NULL,
    "week" DATE NOT NULL,
    "reportedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AmapSkip_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AmapComposition" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "contractId" UUID NOT NULL,
    "week" DATE NOT NULL,
    "text" TEXT NOT NULL,
    "updatedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AmapComposition_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AmapContract_organisationId_idx" ON "AmapContract"("organisationId");

-- CreateIndex
CREATE INDEX "AmapContract_producerId_idx" ON "AmapContract"("producerId");

-- CreateIndex
CREATE INDEX "AmapContract_carrierId_idx" ON "AmapContract"("carrierId");

-- CreateIndex
CREATE UNIQUE INDEX "AmapBasketSize_contractId_position_key" ON "AmapBasketSize"("contractId", "position");

-- CreateIndex
CREATE INDEX "AmapSubscription_householdId_idx" ON "AmapSubscription"("householdId");

-- CreateIndex
CREATE UNIQUE INDEX "AmapSubscription_contractId_householdId_key" ON "AmapSubscription"("contractId", "householdId");

-- CreateIndex
CREATE UNIQUE INDEX "AmapSkip_subscriptionId_week_key" ON "AmapSkip"("subscriptionId", "week");

-- CreateIndex
CREATE UNIQUE INDEX "AmapComposition_contractId_week_key" ON "AmapComposition"("contractId", "week");

-- CreateIndex
CREATE INDEX "Order_householdId_passageId_idx" ON "Order"("householdId", "passageId");

-- CreateIndex
CREATE INDEX "Order_amapSubscriptionId_idx" ON "Order"("amapSubscriptionId");

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_amapSubscriptionId_fkey" FOREIGN KEY ("amapSubscriptionId") REFERENCES "AmapSubscription"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmapContract" ADD CONSTRAINT "AmapContract_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmapContract" ADD CONSTRAINT "AmapContract_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmapContract" ADD CONSTRAINT "AmapContract_carrierId_fkey" FOREIGN KEY ("carrierId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmapBasketSize" ADD CONSTRAINT "AmapBasketSize_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "AmapContract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmapBasketSize" ADD CONSTRAINT "AmapBasketSize_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmapBasketSize" ADD CONSTRAINT "AmapBasketSize_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmapSubscription" ADD CONSTRAINT "AmapSubscription_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "AmapContract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmapSubscription" ADD CONSTRAINT "AmapSubscription_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmapSubscription" ADD CONSTRAINT "AmapSubscription_sizeId_fkey" FOREIGN KEY ("sizeId") REFERENCES "AmapBasketSize"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmapSubscription" ADD CONSTRAINT "AmapSubscription_stopId_fkey" FOREIGN KEY ("stopId") REFERENCES "Stop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmapSubscription" ADD CONSTRAINT "AmapSubscription_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmapSkip" ADD CONSTRAINT "AmapSkip_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "AmapSubscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmapSkip" ADD CONSTRAINT "AmapSkip_reportedById_fkey" FOREIGN KEY ("reportedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmapComposition" ADD CONSTRAINT "AmapComposition_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "AmapContract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmapComposition" ADD CONSTRAINT "AmapComposition_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A household's own order stays one per passage; an AMAP basket is one per subscription and passage.
CREATE UNIQUE INDEX "Order_householdId_passageId_key" ON "Order"("householdId", "passageId") WHERE "amapSubscriptionId" IS NULL;
CREATE UNIQUE INDEX "Order_amapSubscriptionId_passageId_key" ON "Order"("amapSubscriptionId", "passageId") WHERE "amapSubscriptionId" IS NOT NULL;

ALTER TABLE "AmapContract" ADD CONSTRAINT "AmapContract_season_check" CHECK ("firstDate" <= "lastDate" AND "everyWeeks" BETWEEN 1 AND 8);
ALTER TABLE "AmapBasketSize" ADD CONSTRAINT "AmapBasketSize_price_check" CHECK ("priceCents" > 0);
