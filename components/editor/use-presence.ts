"use client";

import { ySyncPluginKey } from "@tiptap/y-tiptap";
import { useEffect, useState, useSyncExternalStore } from "react";
import { readCollaborator, type Activity, type Collaborator } from "./collaborator";
import type { Collaboration } from "./use-collaboration";

/** Typing shows this long after one's last keystroke. */
export const TYPING_MS = 2500;

type Awareness = NonNullable<Collaboration["provider"]["awareness"]>;

/** One entry per person (several tabs of one person are one), typing if any tab is, with the card any tab has open. */
function merge(people: Collaborator[]): Collaborator[] {
  const byPerson = new Map<string, Collaborator>();
  for (const person of people) {
    const key = `${person.name}\u0000${person.color}`;
    const seen = byPerson.get(key);
    byPerson.set(key, seen ? { ...seen, typing: seen.typing || person.typing, claimId: seen.claimId ?? person.claimId } : person);
  }
  return [...byPerson.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The others on the article, validated (see readCollaborator), as a store a component subscribes to. */
function othersStore(awareness: Awareness) {
  let current: Collaborator[] = [];
  let key = "";
  const read = () => {
    const others: Collaborator[] = [];
    awareness.getStates().forEach((state, clientId) => {
      const other = clientId === awareness.clientID ? null : readCollaborator(clientId, state);
      if (other) others.push(other);
    });
    const merged = merge(others);
    const nextKey = JSON.stringify(merged.map(({ name, color, typing, claimId }) => [name, color, typing, claimId]));
    if (nextKey !== key) [current, key] = [merged, nextKey];
  };
  read();
  return {
    get: () => current,
    subscribe: (listener: () => void) => {
      const onChange = () => {
        const before = current;
        read();
        if (before !== current) listener();
      };
      awareness.on("change", onChange);
      return () => awareness.off("change", onChange);
    },
  };
}

const NOBODY: Collaborator[] = [];
const noOne = () => NOBODY;
const noSubscription = () => () => undefined;

/** Who else is on the article now, what they do. */
export function useOthers(live: Collaboration): Collaborator[] {
  const [store] = useState(() => (live.provider.awareness ? othersStore(live.provider.awareness) : null));
  return useSyncExternalStore(store?.subscribe ?? noSubscription, store?.get ?? noOne, noOne);
}

/**
 * Tells the others what this person does: typing (their own edits, not the
 * others' arriving) and which claim card they have open.
 */
export function useShareActivity(live: Collaboration | null, claimId: string | null) {
  const [typing, setTyping] = useState(false);
  useEffect(() => {
    if (!live) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin !== ySyncPluginKey) return;
      setTyping(true);
      clearTimeout(timer);
      timer = setTimeout(() => setTyping(false), TYPING_MS);
    };
    live.doc.on("update", onUpdate);
    return () => {
      clearTimeout(timer);
      live.doc.off("update", onUpdate);
    };
  }, [live]);
  useEffect(() => {
    const activity: Activity = { typing, claimId };
    live?.provider.awareness?.setLocalStateField("activity", activity);
  }, [live, typing, claimId]);
}
