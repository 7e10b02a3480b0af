-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "heldCents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "tourId" UUID;

-- CreateTable
CREATE TABLE "PassageMove" (
    "id" BIGSERIAL NOT NULL,
    "passageId" UUID NOT NULL,
    "fromTourId" UUID NOT NULL,
    "toTourId" UUID,
    "movedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PassageMove_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SyncFailure" (
    "mutationId" UUID NOT NULL,
    "deviceId" UUID NOT NULL,
    "attempts" INTEGER NOT NULL,
    "lastError" TEXT NOT NULL,
    "firstFailedAt" TIMESTAMPTZ(3) NOT NULL,
    "lastFailedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SyncFailure_pkey" PRIMARY KEY ("mutationId")
);

-- CreateIndex
CREATE INDEX "PassageMove_passageId_fromTourId_idx" ON "PassageMove"("passageId", "fromTourId");

-- CreateIndex
CREATE INDEX "Payment_tourId_idx" ON "Payment"("tourId");

-- Hand-written: what Prisma cannot express.
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_held_check" CHECK ("heldCents" BETWEEN 0 AND "amountCents");
ALTER TABLE "SyncFailure" ADD CONSTRAINT "SyncFailure_attempts_check" CHECK ("attempts" >= 1);

-- A passage leaving a round its driver could see is recorded, whatever moved it (planning,
-- a coordinator's reordering, any later tool), so a driver's offline work on it can be told
-- from work on a passage that was never theirs.
CREATE FUNCTION "record_passage_move"() RETURNS trigger AS $$
BEGIN
  IF OLD."tourId" IS NOT NULL AND OLD."tourId" IS DISTINCT FROM NEW."tourId"
     AND EXISTS (SELECT 1 FROM "Tour" t WHERE t.id = OLD."tourId" AND t.status IN ('published', 'in_progress', 'closed')) THEN
    INSERT INTO "PassageMove" ("passageId", "fromTourId", "toTourId") VALUES (OLD.id, OLD."tourId", NEW."tourId");
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Passage_record_move" AFTER UPDATE OF "tourId" ON "Passage" FOR EACH ROW EXECUTE FUNCTION "record_passage_move"();

-- One-time sign-in codes are now stored as an HMAC under the server's secret (apps/api/src/auth/
-- login-code-hash.ts). The unkeyed hashes stored so far can no longer be checked, and must not stay
-- usable: unused codes end now, and coordinators give new ones.
UPDATE "LoginCode" SET "expiresAt" = now() WHERE "usedAt" IS NULL AND "expiresAt" > now();

-- Payments taken before rounds were recorded on them count on the round of their passage.
UPDATE "Payment" p SET "tourId" = pa."tourId" FROM "Passage" pa WHERE p."passageId" = pa.id AND p."tourId" IS NULL;
