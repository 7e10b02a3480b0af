-- AlterTable
ALTER TABLE "Stop" ADD COLUMN     "citycode" TEXT;

-- An INSEE code has 5 characters: 2 for the département (2A, 2B in Corsica), 3 for the commune.
ALTER TABLE "Stop" ADD CONSTRAINT "Stop_citycode_format" CHECK ("citycode" IS NULL OR "citycode" ~ '^[0-9][0-9AB][0-9]{3}$');

-- A home drop is in its household's commune: take the code the household already has.
UPDATE "Stop" AS s SET "citycode" = h."citycode"
FROM "Household" AS h
WHERE s."householdId" = h."id" AND s."citycode" IS NULL AND h."citycode" ~ '^[0-9][0-9AB][0-9]{3}$';
