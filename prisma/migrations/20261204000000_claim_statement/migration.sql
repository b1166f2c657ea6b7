-- The claim as checked: the statement the fact-checker words (ClaimReview's
-- claimReviewed), who made the claim, where it appeared; and each newsroom's
-- sourcing rule for approving a verdict.
CREATE TYPE "ClaimantKind" AS ENUM ('person', 'organization', 'article');

ALTER TABLE "Claim"
  ADD COLUMN "statement" TEXT NOT NULL DEFAULT '',
  -- A statement proposed by the machine (at marking, or for claims made
  -- before statements existed) that nobody has confirmed yet.
  ADD COLUMN "statementNeedsReview" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "claimantName" TEXT,
  ADD COLUMN "claimantKind" "ClaimantKind",
  ADD COLUMN "claimantRole" TEXT,
  ADD COLUMN "claimantUrl" TEXT,
  ADD COLUMN "appearanceUrl" TEXT,
  ADD COLUMN "firstAppearanceUrl" TEXT;

ALTER TABLE "Newsroom"
  ADD COLUMN "minSources" INTEGER NOT NULL DEFAULT 1,
  ADD COLUMN "sourceExemptVerdicts" TEXT[] NOT NULL DEFAULT ARRAY['unproven']::TEXT[];
