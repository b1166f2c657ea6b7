import { parseFragment, serialize, type DefaultTreeAdapterTypes } from "parse5";

type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type ChildNode = DefaultTreeAdapterTypes.ChildNode;

const HTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

// Elements whose content is never article text: raw text, templates, embedded documents.
const DROPPED = new Set(["script", "style", "template", "noscript", "iframe", "object", "embed", "textarea", "title", "xmp", "noembed", "noframes", "plaintext"]);

function dropped(node: ChildNode): boolean {
  if (!("tagName" in node)) return false;
  return node.namespaceURI !== HTML_NAMESPACE || DROPPED.has(node.tagName);
}

/**
 * Markup as a browser's parser reads it (parse5 follows the HTML standard),
 * without foreign content (inline SVG, MathML) and raw-text elements.
 * happy-dom, which the schema's parser runs on, does not end an SVG's
 * `<style>` where a browser does and swallowed everything after it; what this
 * drops is what the article schema would have dropped anyway.
 */
export function cleanHtml(html: string): string {
  const fragment = parseFragment(html);
  const stack: ParentNode[] = [fragment];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    parent.childNodes = parent.childNodes.filter((child) => !dropped(child));
    for (const child of parent.childNodes) if ("childNodes" in child) stack.push(child);
  }
  return serialize(fragment);
}
