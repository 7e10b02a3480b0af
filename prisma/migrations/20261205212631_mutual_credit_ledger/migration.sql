-- CreateEnum
CREATE TYPE "CreditClaimStatus" AS ENUM ('pending', 'accepted', 'disputed', 'withdrawn');

-- CreateTable
CREATE TABLE "CreditNetwork" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "unitName" TEXT NOT NULL,
    "unitPlural" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CreditNetwork_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CreditAccount" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "networkId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "balance" INTEGER NOT NULL DEFAULT 0,
    "creditLimit" INTEGER NOT NULL,
    "ceiling" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CreditAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CreditEntry" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "seq" SERIAL NOT NULL,
    "networkId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "payerAccountId" UUID NOT NULL,
    "payeeAccountId" UUID NOT NULL,
    "amount" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "serviceDate" DATE NOT NULL,
    "reversesId" UUID,
    "recordedById" UUID,
    "postedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CreditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CreditClaim" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "networkId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "creditorAccountId" UUID NOT NULL,
    "debtorAccountId" UUID NOT NULL,
    "amount" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "serviceDate" DATE NOT NULL,
    "status" "CreditClaimStatus" NOT NULL DEFAULT 'pending',
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "disputeReason" TEXT,
    "entryId" UUID,

    CONSTRAINT "CreditClaim_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CreditAccount_organisationId_idx" ON "CreditAccount"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "CreditAccount_networkId_organisationId_key" ON "CreditAccount"("networkId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "CreditEntry_seq_key" ON "CreditEntry"("seq");

-- CreateIndex
CREATE UNIQUE INDEX "CreditEntry_reversesId_key" ON "CreditEntry"("reversesId");

-- CreateIndex
CREATE INDEX "CreditEntry_payerAccountId_seq_idx" ON "CreditEntry"("payerAccountId", "seq");

-- CreateIndex
CREATE INDEX "CreditEntry_payeeAccountId_seq_idx" ON "CreditEntry"("payeeAccountId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "CreditEntry_networkId_key_key" ON "CreditEntry"("networkId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "CreditClaim_entryId_key" ON "CreditClaim"("entryId");

-- CreateIndex
CREATE INDEX "CreditClaim_debtorAccountId_status_idx" ON "CreditClaim"("debtorAccountId", "status");

-- CreateIndex
CREATE INDEX "CreditClaim_creditorAccountId_status_idx" ON "CreditClaim"("creditorAccountId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "CreditClaim_networkId_key_key" ON "CreditClaim"("networkId", "key");

-- AddForeignKey
ALTER TABLE "CreditAccount" ADD CONSTRAINT "CreditAccount_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "CreditNetwork"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditAccount" ADD CONSTRAINT "CreditAccount_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditEntry" ADD CONSTRAINT "CreditEntry_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "CreditNetwork"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditEntry" ADD CONSTRAINT "CreditEntry_payerAccountId_fkey" FOREIGN KEY ("payerAccountId") REFERENCES "CreditAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditEntry" ADD CONSTRAINT "CreditEntry_payeeAccountId_fkey" FOREIGN KEY ("payeeAccountId") REFERENCES "CreditAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditEntry" ADD CONSTRAINT "CreditEntry_reversesId_fkey" FOREIGN KEY ("reversesId") REFERENCES "CreditEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditEntry" ADD CONSTRAINT "CreditEntry_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditClaim" ADD CONSTRAINT "CreditClaim_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "CreditNetwork"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditClaim" ADD CONSTRAINT "CreditClaim_creditorAccountId_fkey" FOREIGN KEY ("creditorAccountId") REFERENCES "CreditAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditClaim" ADD CONSTRAINT "CreditClaim_debtorAccountId_fkey" FOREIGN KEY ("debtorAccountId") REFERENCES "CreditAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditClaim" ADD CONSTRAINT "CreditClaim_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "CreditEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditClaim" ADD CONSTRAINT "CreditClaim_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditClaim" ADD CONSTRAINT "CreditClaim_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Written by hand: the ledger's rules as a second wall behind packages/ledger.
-- Whole positive units, one account on each side; limits and ceilings never negative.
ALTER TABLE "CreditAccount" ADD CONSTRAINT "CreditAccount_limits_check" CHECK ("creditLimit" >= 0 AND "ceiling" >= 0);
ALTER TABLE "CreditAccount" ADD CONSTRAINT "CreditAccount_balance_within_limits" CHECK ("balance" >= -"creditLimit" AND "balance" <= "ceiling");
ALTER TABLE "CreditEntry" ADD CONSTRAINT "CreditEntry_amount_check" CHECK ("amount" > 0);
ALTER TABLE "CreditEntry" ADD CONSTRAINT "CreditEntry_two_accounts" CHECK ("payerAccountId" <> "payeeAccountId");
ALTER TABLE "CreditEntry" ADD CONSTRAINT "CreditEntry_not_itself" CHECK ("reversesId" IS NULL OR "reversesId" <> "id");
ALTER TABLE "CreditClaim" ADD CONSTRAINT "CreditClaim_amount_check" CHECK ("amount" > 0);
ALTER TABLE "CreditClaim" ADD CONSTRAINT "CreditClaim_two_accounts" CHECK ("creditorAccountId" <> "debtorAccountId");
ALTER TABLE "CreditClaim" ADD CONSTRAINT "CreditClaim_accepted_has_entry" CHECK (("status" = 'accepted') = ("entryId" IS NOT NULL));

-- An entry moves the two balances in the statement that stores it: a balance is the net of its
-- entries by construction, and the CHECK above refuses an entry that would break a limit.
CREATE FUNCTION "credit_entry_post"() RETURNS trigger AS $$
BEGIN
  IF NEW."reversesId" IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM "CreditEntry" o WHERE o.id = NEW."reversesId" AND o."reversesId" IS NULL AND o."networkId" = NEW."networkId"
      AND o."payerAccountId" = NEW."payeeAccountId" AND o."payeeAccountId" = NEW."payerAccountId" AND o.amount = NEW.amount) THEN
    RAISE EXCEPTION 'a counter-entry pays back exactly the entry it reverses, which is not itself a counter-entry' USING ERRCODE = 'check_violation';
  END IF;
  IF (SELECT count(*) FROM "CreditAccount" a WHERE a.id IN (NEW."payerAccountId", NEW."payeeAccountId") AND a."networkId" = NEW."networkId") <> 2 THEN
    RAISE EXCEPTION 'both accounts of an entry belong to its network' USING ERRCODE = 'check_violation';
  END IF;
  UPDATE "CreditAccount" SET "balance" = "balance" - NEW.amount WHERE id = NEW."payerAccountId";
  UPDATE "CreditAccount" SET "balance" = "balance" + NEW.amount WHERE id = NEW."payeeAccountId";
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "CreditEntry_post" AFTER INSERT ON "CreditEntry" FOR EACH ROW EXECUTE FUNCTION "credit_entry_post"();

-- The journal is append-only: corrections are counter-entries.
CREATE FUNCTION "credit_entry_immutable"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'ledger entries are never changed nor removed: post a counter-entry' USING ERRCODE = 'restrict_violation';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "CreditEntry_immutable" BEFORE UPDATE OR DELETE ON "CreditEntry" FOR EACH ROW EXECUTE FUNCTION "credit_entry_immutable"();

-- Whatever changed a balance, the balances of its network sum to zero when the transaction commits.
CREATE FUNCTION "credit_network_zero_sum"() RETURNS trigger AS $$
BEGIN
  IF (SELECT COALESCE(SUM("balance"), 0) FROM "CreditAccount" WHERE "networkId" = NEW."networkId") <> 0 THEN
    RAISE EXCEPTION 'the balances of a credit network must sum to zero' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE CONSTRAINT TRIGGER "CreditAccount_zero_sum" AFTER INSERT OR UPDATE ON "CreditAccount"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "credit_network_zero_sum"();
