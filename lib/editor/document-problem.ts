import type { Mark, Node as PMNode } from "@tiptap/pm/model";
import { unstorableTextReason } from "../validation/storable-text";
import { isAllowedHref } from "./extensions";

function attrsProblem(attrs: Record<string, unknown>): string | null {
  for (const value of Object.values(attrs)) {
    const reason = typeof value === "string" ? unstorableTextReason(value) : null;
    if (reason) return `an attribute ${reason}`;
  }
  return null;
}

function markProblem(mark: Mark): string | null {
  if (mark.type.name === "link" && !isAllowedHref(mark.attrs.href)) return "a link must be http, https or mailto";
  return attrsProblem(mark.attrs);
}

/**
 * Why a document (or a piece of one, wrapped in a doc) does not fit the
 * article format, or null: the schema's content rules, marks and attributes
 * (`check()`), text PostgreSQL can store (no NUL, no lone surrogate), and links
 * the editor itself would allow. The live document is held to this on every
 * change, so its derived text, search and publication can always be written.
 */
export function documentProblem(doc: PMNode): string | null {
  try {
    doc.check();
  } catch (error) {
    return (error as Error).message;
  }
  let problem: string | null = null;
  doc.descendants((node) => {
    if (problem) return false;
    const reason = node.isText ? unstorableTextReason(node.text ?? "") : null;
    problem = reason ? `the text ${reason}` : attrsProblem(node.attrs);
    for (const mark of node.marks) problem ??= markProblem(mark);
    return !problem;
  });
  return problem;
}
