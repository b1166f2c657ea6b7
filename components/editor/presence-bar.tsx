"use client";

import { useI18n } from "@/components/ui/i18n-provider";
import { initialsOf, type Collaborator } from "./collaborator";
import type { Collaboration } from "./use-collaboration";
import { useOthers } from "./use-presence";

type Props = {
  live: Collaboration;
  /** The words of a claim, to say which card someone has open; null when this browser does not know it. */
  claimText: (claimId: string) => string | null;
};

function Person({ person, claimText }: { person: Collaborator; claimText: Props["claimText"] }) {
  const { t } = useI18n();
  const claim = person.claimId ? claimText(person.claimId) : null;
  const doing = [person.typing ? t("presence.typing") : null, claim ? t("presence.onClaim", { claim }) : null].filter(Boolean).join(", ");
  return (
    <li className="presence-person" data-testid="presence-person" data-typing={person.typing} title={doing ? `${person.name} — ${doing}` : person.name}>
      <span className="presence-avatar" style={{ backgroundColor: person.color }} aria-hidden="true">
        {initialsOf(person.name)}
      </span>
      <span className="presence-name">{person.name}</span>
      {doing && <span className="presence-doing">{doing}</span>}
    </li>
  );
}

/** Who else is on the article now: initials in their caret colour, who is typing, whose claim card is open. */
export function PresenceBar({ live, claimText }: Props) {
  const { t } = useI18n();
  const others = useOthers(live);
  return (
    <section className="presence" aria-label={t("presence.label")} data-testid="presence-bar">
      {others.length === 0 ? (
        <p className="presence-alone">{t("presence.alone")}</p>
      ) : (
        <ul className="presence-list">
          {others.map((person) => (
            <Person key={person.clientId} person={person} claimText={claimText} />
          ))}
        </ul>
      )}
    </section>
  );
}
