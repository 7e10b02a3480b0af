-- CreateEnum
CREATE TYPE "ReferralKind" AS ENUM ('new_household', 'renewal');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('pending', 'accepted', 'refused', 'withdrawn');

-- AlterTable
ALTER TABLE "HouseholdAccess" ADD COLUMN     "covers" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "recordedById" UUID,
ADD COLUMN     "revokedById" UUID;

-- CreateTable
CREATE TABLE "Referral" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "ReferralKind" NOT NULL,
    "status" "ReferralStatus" NOT NULL DEFAULT 'pending',
    "organisationId" UUID NOT NULL,
    "referrerOrganisationId" UUID NOT NULL,
    "referrerUserId" UUID,
    "householdId" UUID,
    "householdDraft" JSONB,
    "participationRatePercent" INTEGER NOT NULL,
    "monthlyCapCents" INTEGER,
    "validFrom" DATE NOT NULL,
    "validTo" DATE NOT NULL,
    "note" TEXT,
    "shareAttendance" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMPTZ(3),
    "decidedById" UUID,
    "decisionReason" TEXT,
    "eligibilityId" UUID,

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CallRequest" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organisationId" UUID NOT NULL,
    "householdId" UUID NOT NULL,
    "passageId" UUID,
    "reason" TEXT NOT NULL,
    "requestedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" TIMESTAMPTZ(3),
    "doneById" UUID,
    "outcome" TEXT,

    CONSTRAINT "CallRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Referral_eligibilityId_key" ON "Referral"("eligibilityId");

-- CreateIndex
CREATE INDEX "Referral_organisationId_status_idx" ON "Referral"("organisationId", "status");

-- CreateIndex
CREATE INDEX "Referral_referrerUserId_idx" ON "Referral"("referrerUserId");

-- CreateIndex
CREATE INDEX "Referral_householdId_idx" ON "Referral"("householdId");

-- CreateIndex
CREATE INDEX "CallRequest_organisationId_doneAt_idx" ON "CallRequest"("organisationId", "doneAt");

-- AddForeignKey
ALTER TABLE "HouseholdAccess" ADD CONSTRAINT "HouseholdAccess_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HouseholdAccess" ADD CONSTRAINT "HouseholdAccess_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_referrerOrganisationId_fkey" FOREIGN KEY ("referrerOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_referrerUserId_fkey" FOREIGN KEY ("referrerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_eligibilityId_fkey" FOREIGN KEY ("eligibilityId") REFERENCES "Eligibility"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallRequest" ADD CONSTRAINT "CallRequest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallRequest" ADD CONSTRAINT "CallRequest_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallRequest" ADD CONSTRAINT "CallRequest_passageId_fkey" FOREIGN KEY ("passageId") REFERENCES "Passage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallRequest" ADD CONSTRAINT "CallRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallRequest" ADD CONSTRAINT "CallRequest_doneById_fkey" FOREIGN KEY ("doneById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Rules Prisma cannot express (hand-written: keep them when this migration is regenerated)
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_rate_check" CHECK ("participationRatePercent" BETWEEN 1 AND 100);
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_cap_check" CHECK ("monthlyCapCents" IS NULL OR "monthlyCapCents" >= 0);
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_validity_check" CHECK ("validTo" >= "validFrom");
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_kind_check" CHECK (("kind" = 'new_household' AND "householdDraft" IS NOT NULL) OR ("kind" = 'renewal' AND "householdId" IS NOT NULL));
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_decision_check" CHECK (("status" IN ('accepted', 'refused')) = ("decidedAt" IS NOT NULL));
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_refusal_reason_check" CHECK ("status" <> 'refused' OR length(trim("decisionReason")) > 0);
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_accepted_check" CHECK ("status" <> 'accepted' OR "householdId" IS NOT NULL);
ALTER TABLE "HouseholdAccess" ADD CONSTRAINT "HouseholdAccess_covers_check" CHECK ("covers" <@ ARRAY['order', 'pay']::TEXT[]);
-- Delegations recorded before this migration covered ordering.
UPDATE "HouseholdAccess" SET "covers" = ARRAY['order']::TEXT[] WHERE "kind" = 'relay' AND "covers" = ARRAY[]::TEXT[];
