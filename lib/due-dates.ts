// A claim's due date is a day (PostgreSQL DATE, read as midnight UTC).
import { isoDay } from "./server/source-fields";

/** The stored form of a due day. */
export function dueDateOf(day: string | null): Date | null {
  return day ? new Date(`${day}T00:00:00Z`) : null;
}

/** Overdue: its day is before today (UTC), and the check is not done. */
export function isOverdue(claim: { dueDate: Date | null; state: string }, now = new Date()): boolean {
  const day = isoDay(claim.dueDate);
  return day !== null && claim.state !== "approved" && day < now.toISOString().slice(0, 10);
}
