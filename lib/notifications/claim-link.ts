/** The desk page of a claim: its article, with the claim's card open. */
export function deskClaimPath(newsroomSlug: string, articleSlug: string, claimId: string): string {
  return `/desk/${newsroomSlug}/articles/${articleSlug}#claim-${claimId}`;
}

/** Opening a notification: marks it read, then goes to its claim (inbox and email links). */
export function notificationPath(newsroomSlug: string, notificationId: string): string {
  return `/desk/${newsroomSlug}/inbox/${notificationId}`;
}
