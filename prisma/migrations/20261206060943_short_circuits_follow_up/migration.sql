-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "amapPriceCents" INTEGER;

-- AlterTable
ALTER TABLE "OrderLine" ADD COLUMN     "shortQuantity" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "SupplyReceipt" ADD COLUMN     "correctedAt" TIMESTAMPTZ(3),
ADD COLUMN     "correctedById" UUID;

-- AddForeignKey
ALTER TABLE "SupplyReceipt" ADD CONSTRAINT "SupplyReceipt_correctedById_fkey" FOREIGN KEY ("correctedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A shortfall is a count of missing goods (the views clamp it to what is ordered, which a late change may lower).
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_shortQuantity_range" CHECK ("shortQuantity" >= 0);

-- The baskets placed so far keep the price their contract has today.
UPDATE "Order" o SET "amapPriceCents" = s."priceCents"
FROM "AmapSubscription" sub JOIN "AmapBasketSize" s ON s.id = sub."sizeId"
WHERE o."amapSubscriptionId" = sub.id;
