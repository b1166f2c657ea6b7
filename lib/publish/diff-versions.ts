import type { PublishedClaim, PublishedVerdict, VersionSnapshot } from "./snapshot";

export type VersionDiff = {
  added: PublishedClaim[];
  withdrawn: PublishedClaim[];
  verdictChanged: { claim: PublishedClaim; from: PublishedVerdict; to: PublishedVerdict }[];
  /** A correction must say why: a verdict changed, or a claim was added or withdrawn. */
  changeNoteRequired: boolean;
};

/**
 * What changed for the reader between two versions, claim by claim (by id):
 * claims added, claims withdrawn, verdicts changed (by rating key; a renamed
 * label is not a new verdict). The first version adds all its claims and
 * needs no change note.
 */
export function diffVersions(previous: VersionSnapshot | null, next: VersionSnapshot): VersionDiff {
  const before = new Map((previous?.claims ?? []).map((claim) => [claim.id, claim]));
  const after = new Set(next.claims.map((claim) => claim.id));
  const added = next.claims.filter((claim) => !before.has(claim.id));
  const withdrawn = [...before.values()].filter((claim) => !after.has(claim.id));
  const verdictChanged = next.claims.flatMap((claim) => {
    const old = before.get(claim.id);
    return old && old.verdict.key !== claim.verdict.key ? [{ claim, from: old.verdict, to: claim.verdict }] : [];
  });
  const changed = added.length > 0 || withdrawn.length > 0 || verdictChanged.length > 0;
  return { added, withdrawn, verdictChanged, changeNoteRequired: previous !== null && changed };
}
