-- AlterTable
ALTER TABLE "SyncConflict" ADD COLUMN     "resolution" TEXT;

-- AlterTable
ALTER TABLE "WellbeingAlert" ADD COLUMN     "followUp" TEXT;

-- A conflict is resolved with a short account of what was done, never without one.
ALTER TABLE "SyncConflict" ADD CONSTRAINT "SyncConflict_resolution_check"
  CHECK (("resolvedAt" IS NULL) = ("resolution" IS NULL) AND char_length("resolution") BETWEEN 1 AND 500);
ALTER TABLE "WellbeingAlert" ADD CONSTRAINT "WellbeingAlert_followUp_check"
  CHECK (char_length("followUp") BETWEEN 1 AND 500);
