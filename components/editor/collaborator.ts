import { z } from "zod";

/**
 * Caret and presence colours: white text on each passes 4.5:1 (the caret's
 * name label), and each passes 3:1 against the page in the light and the dark
 * theme (the caret line). Tiptap's caret draws only `#rrggbb`.
 */
export const CARET_COLORS = ["#c4314b", "#b5480e", "#8a6d00", "#2e7d32", "#0a7f86", "#1f6fd1", "#7a5ae0", "#a93ca0"] as const;

/** Shown for a caret whose colour is not one of ours. */
export const FALLBACK_CARET_COLOR = "#5b5e63";

export const MAX_COLLABORATOR_NAME = 80;

/** A stable colour per person. */
export function colorOf(id: string): string {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return CARET_COLORS[hash % CARET_COLORS.length];
}

/** What a person shares with the others of an article, besides their caret. */
export type Activity = { typing: boolean; claimId: string | null };

export type Collaborator = { clientId: number; name: string; color: string } & Activity;

const stateSchema = z.object({
  user: z.object({
    name: z.string().trim().min(1).max(MAX_COLLABORATOR_NAME),
    color: z.unknown().optional(),
  }),
  activity: z.object({ typing: z.boolean(), claimId: z.uuid().nullable() }).optional(),
});

/** The colour to draw for an untrusted value: one of ours, or the neutral one. */
export function caretColor(color: unknown): string {
  return typeof color === "string" && (CARET_COLORS as readonly string[]).includes(color) ? color : FALLBACK_CARET_COLOR;
}

/**
 * Another client's awareness state, validated: it comes from another browser,
 * so only a bounded name, one of our colours and a claim id get through; a
 * state that does not fit is nobody.
 */
export function readCollaborator(clientId: number, state: unknown): Collaborator | null {
  const parsed = stateSchema.safeParse(state);
  if (!parsed.success) return null;
  const { user, activity } = parsed.data;
  return { clientId, name: user.name, color: caretColor(user.color), typing: activity?.typing ?? false, claimId: activity?.claimId ?? null };
}

/** Up to two initials of a name, for its avatar. */
export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => Array.from(word)[0]?.toUpperCase() ?? "").join("");
}

/** The caret drawn in the text for another person: their colour and name (text only, never markup). */
export function caretElement(user: { name?: unknown; color?: unknown }): HTMLElement {
  const color = caretColor(user.color);
  const caret = document.createElement("span");
  caret.classList.add("collaboration-carets__caret");
  caret.style.borderColor = color;
  const label = document.createElement("div");
  label.classList.add("collaboration-carets__label");
  label.style.backgroundColor = color;
  label.textContent = typeof user.name === "string" ? user.name.slice(0, MAX_COLLABORATOR_NAME) : "?";
  caret.append(label);
  return caret;
}

/** Another person's selection: their colour, translucent. */
export function selectionAttributes(user: { color?: unknown }): { style: string; class: string } {
  return { style: `background-color: ${caretColor(user.color)}40`, class: "ProseMirror-yjs-selection" };
}
