import { colorOf, initialsOf } from "@/components/editor/collaborator";
import type { PersonInArticle } from "@/lib/collab/who-is-in";

/** The initials of the people in an article now, in their caret colours, with their names for everyone. */
export function PeopleInArticle({ people, label }: { people: PersonInArticle[]; label: string }) {
  if (people.length === 0) return null;
  return (
    <span className="presence-here" data-testid="people-in-article" title={label}>
      <span className="visually-hidden">{label}</span>
      {people.map((person) => (
        <span key={person.id} className="presence-avatar" style={{ backgroundColor: colorOf(person.id) }} aria-hidden="true">
          {initialsOf(person.name)}
        </span>
      ))}
    </span>
  );
}
