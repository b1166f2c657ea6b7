import type { JSONContent } from "@tiptap/core";
import type { ReactNode } from "react";
import { isAllowedHref } from "@/lib/editor/extensions";

type Mark = NonNullable<JSONContent["marks"]>[number];

function applyMark(mark: Mark, child: ReactNode, key: number): ReactNode {
  switch (mark.type) {
    case "bold":
      return <strong key={key}>{child}</strong>;
    case "italic":
      return <em key={key}>{child}</em>;
    case "underline":
      return <u key={key}>{child}</u>;
    case "strike":
      return <s key={key}>{child}</s>;
    case "link":
      return isAllowedHref(mark.attrs?.href) ? (
        <a key={key} href={mark.attrs.href} rel="noopener nofollow ugc">
          {child}
        </a>
      ) : (
        child
      );
    default:
      return child;
  }
}

const BLOCKS: Record<string, string> = {
  paragraph: "p",
  blockquote: "blockquote",
  bulletList: "ul",
  orderedList: "ol",
  listItem: "li",
};

/**
 * Renders article JSON with an allowlist: known nodes and marks become
 * elements, text stays text, anything else is dropped.
 */
function renderNode(node: JSONContent, key: number): ReactNode {
  const children = node.content?.map(renderNode);
  if (node.type === "text") {
    return (node.marks ?? []).reduce<ReactNode>((child, mark, i) => applyMark(mark, child, i), node.text ?? "");
  }
  if (node.type === "hardBreak") return <br key={key} />;
  if (node.type === "heading") {
    const level = Math.min(4, Math.max(2, Number(node.attrs?.level) || 2));
    const Tag = `h${level}` as "h2";
    return <Tag key={key}>{children}</Tag>;
  }
  const tag = BLOCKS[node.type ?? ""];
  if (!tag) return node.type === "doc" ? children : null;
  const Tag = tag as "p";
  return <Tag key={key}>{children}</Tag>;
}

export function DocumentView({ doc }: { doc: JSONContent }) {
  return <div className="article-text">{renderNode(doc, 0)}</div>;
}
