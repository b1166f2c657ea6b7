-- CreateEnum
CREATE TYPE "MatchDecision" AS ENUM ('linked', 'dismissed');

-- CreateTable
CREATE TABLE "ClaimMatch" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "newsroomId" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "matchedClaimId" UUID,
    "matchedFactCheckId" UUID,
    "decision" "MatchDecision" NOT NULL,
    "decidedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "ClaimMatch_pkey" PRIMARY KEY ("id"),
    -- Exactly one earlier fact-check, and never the claim itself.
    CONSTRAINT "ClaimMatch_one_target" CHECK (num_nonnulls("matchedClaimId", "matchedFactCheckId") = 1),
    CONSTRAINT "ClaimMatch_not_itself" CHECK ("matchedClaimId" IS DISTINCT FROM "claimId")
);

-- CreateIndex
CREATE UNIQUE INDEX "ClaimMatch_claimId_matchedClaimId_key" ON "ClaimMatch"("claimId", "matchedClaimId");
CREATE UNIQUE INDEX "ClaimMatch_claimId_matchedFactCheckId_key" ON "ClaimMatch"("claimId", "matchedFactCheckId");
CREATE INDEX "ClaimMatch_matchedClaimId_idx" ON "ClaimMatch"("matchedClaimId");
CREATE INDEX "ClaimMatch_matchedFactCheckId_idx" ON "ClaimMatch"("matchedFactCheckId");

-- AddForeignKey
ALTER TABLE "ClaimMatch" ADD CONSTRAINT "ClaimMatch_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ClaimMatch" ADD CONSTRAINT "ClaimMatch_matchedClaimId_fkey" FOREIGN KEY ("matchedClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ClaimMatch" ADD CONSTRAINT "ClaimMatch_matchedFactCheckId_fkey" FOREIGN KEY ("matchedFactCheckId") REFERENCES "ArchivedFactCheck"("id") ON DELETE CASCADE ON UPDATE CASCADE;
