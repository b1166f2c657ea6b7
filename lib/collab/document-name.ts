const PREFIX = "article.";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The Hocuspocus document of an article: "article.<uuid>". */
export function articleDocumentName(articleId: string): string {
  return `${PREFIX}${articleId}`;
}

/** The article id of a document name, or null when the name is not one of ours. */
export function articleIdOf(documentName: string): string | null {
  if (!documentName.startsWith(PREFIX)) return null;
  const id = documentName.slice(PREFIX.length);
  return UUID.test(id) ? id : null;
}
