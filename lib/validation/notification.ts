import { z } from "zod";

export const markNotificationReadSchema = z.object({ notificationId: z.uuid("is not a notification id") });
export type MarkNotificationReadInput = z.infer<typeof markNotificationReadSchema>;

export const emailPreferenceSchema = z.object({ emailNotifications: z.boolean("must be true or false") });
export type EmailPreferenceInput = z.infer<typeof emailPreferenceSchema>;
