-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'producer';

-- CreateTable
CREATE TABLE "SupplyDeclaration" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "offerId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "quantity" INTEGER NOT NULL,
    "reserved" INTEGER NOT NULL DEFAULT 0,
    "declaredById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupplyDeclaration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SupplyDeclaration_offerId_date_key" ON "SupplyDeclaration"("offerId", "date");

-- AddForeignKey
ALTER TABLE "SupplyDeclaration" ADD CONSTRAINT "SupplyDeclaration_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplyDeclaration" ADD CONSTRAINT "SupplyDeclaration_declaredById_fkey" FOREIGN KEY ("declaredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Rules Prisma cannot express (written by hand).
ALTER TABLE "SupplyDeclaration" ADD CONSTRAINT "SupplyDeclaration_reserved_check" CHECK ("quantity" >= 0 AND "reserved" >= 0 AND "reserved" <= "quantity");
