"use client";

import { useId, useRef, useState, type KeyboardEvent, type TextareaHTMLAttributes } from "react";
import { useI18n } from "@/components/ui/i18n-provider";

export type Mentionable = { id: string; name: string };

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "onChange"> & {
  value: string;
  onChange: (value: string) => void;
  members: readonly Mentionable[];
};

/** How many people the list offers at once. */
const MAX_OPTIONS = 8;

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** The "@…" being typed just before the caret (up to 40 characters, no line break), or null. */
function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const match = /(?:^|[\s(])@([^@\n]{0,40})$/.exec(text.slice(0, caret));
  if (!match) return null;
  return { start: caret - match[1].length - 1, query: match[1] };
}

function matching(members: readonly Mentionable[], query: string): Mentionable[] {
  const wanted = fold(query);
  const starts = members.filter((m) => fold(m.name).startsWith(wanted));
  const contains = members.filter((m) => !fold(m.name).startsWith(wanted) && fold(m.name).includes(wanted));
  return [...starts, ...contains].slice(0, MAX_OPTIONS);
}

/**
 * A comment box where "@" completes the newsroom's members (an ARIA combobox:
 * arrow keys choose, Enter or Tab inserts "@Name", Escape closes). The comment
 * is sent with each "@Name" turned into the person's id (encodeMentions).
 */
export function MentionInput({ value, onChange, members, onKeyDown, ...textarea }: Props) {
  const { t } = useI18n();
  const listId = useId();
  const hintId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const options = query ? matching(members, query.query) : [];
  // A query with a space that matches nobody is ordinary text: no list.
  const open = query !== null && (options.length > 0 || !query.query.includes(" "));

  function follow(text: string, caret: number) {
    setQuery(mentionQuery(text, caret));
    setActive(0);
  }

  function insert(member: Mentionable) {
    if (!query) return;
    const caret = query.start + 1 + query.query.length;
    const inserted = `@${member.name} `;
    const next = value.slice(0, query.start) + inserted + value.slice(caret);
    onChange(next);
    setQuery(null);
    const at = query.start + inserted.length;
    requestAnimationFrame(() => ref.current?.setSelectionRange(at, at));
  }

  function keyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (open) {
      const moves: Record<string, () => void> = {
        ArrowDown: () => setActive((i) => (options.length ? (i + 1) % options.length : 0)),
        ArrowUp: () => setActive((i) => (options.length ? (i - 1 + options.length) % options.length : 0)),
        Enter: () => options[active] && insert(options[active]),
        Tab: () => options[active] && insert(options[active]),
        Escape: () => setQuery(null),
      };
      const move = moves[event.key];
      if (move && (options.length > 0 || event.key === "Escape") && !event.shiftKey) {
        event.preventDefault();
        // Escape closes the list only, not the card around it.
        event.stopPropagation();
        move();
        return;
      }
    }
    onKeyDown?.(event);
  }

  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <span className="mention-input">
      <textarea
        {...textarea}
        ref={ref}
        value={value}
        // A textarea cannot be a combobox (ARIA in HTML): it stays a textbox that
        // controls the list and names its active option.
        aria-autocomplete="list"
        aria-controls={listId}
        aria-activedescendant={open && options[active] ? optionId(active) : undefined}
        aria-describedby={hintId}
        onChange={(e) => {
          onChange(e.target.value);
          follow(e.target.value, e.target.selectionStart);
        }}
        onKeyDown={keyDown}
        onClick={(e) => follow(e.currentTarget.value, e.currentTarget.selectionStart)}
        onBlur={() => setQuery(null)}
      />
      <span id={hintId} className="visually-hidden">
        {t("mention.hint")}
      </span>
      <ul id={listId} role="listbox" aria-label={t("mention.label")} className="mention-options" hidden={!open}>
        {open && options.length === 0 && <li className="muted small">{t("mention.none")}</li>}
        {open &&
          options.map((member, i) => (
            <li
              key={member.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: the textarea keeps its focus and caret.
              onMouseDown={(e) => {
                e.preventDefault();
                insert(member);
              }}
            >
              {member.name}
            </li>
          ))}
      </ul>
      <span className="visually-hidden" aria-live="polite">
        {open ? (options.length ? t("mention.count", { count: options.length }) : t("mention.none")) : ""}
      </span>
    </span>
  );
}
