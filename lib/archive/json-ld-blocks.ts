import { parse, type DefaultTreeAdapterTypes } from "parse5";

type Node = DefaultTreeAdapterTypes.Node;

const HTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

function isJsonLdScript(node: Node): node is DefaultTreeAdapterTypes.Element {
  if (!("tagName" in node) || node.tagName !== "script" || node.namespaceURI !== HTML_NAMESPACE) return false;
  const type = node.attrs.find((attr) => attr.name === "type")?.value ?? "";
  return type.split(";")[0].trim().toLowerCase() === "application/ld+json";
}

/**
 * The text of each `<script type="application/ld+json">` of an HTML page, in
 * document order. parse5 reads the page as a browser's parser would (a
 * script's text ends at `</script>` however it is written) and runs nothing;
 * template contents, which a browser does not run either, are not read.
 */
export function jsonLdBlocks(html: string): string[] {
  const blocks: string[] = [];
  const stack: Node[] = [parse(html)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isJsonLdScript(node)) {
      blocks.push(node.childNodes.map((child) => ("value" in child ? child.value : "")).join(""));
      continue;
    }
    if ("childNodes" in node) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]);
  }
  return blocks;
}
