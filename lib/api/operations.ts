import { defineOperation } from "./operation";
import * as s from "./schemas";

const ARTICLE_BODY_LIMIT = 4 * 1024 * 1024;
const DETECT_BODY_LIMIT = 1024 * 1024 + 1024;
// 100,000 fact-checks as a claimreview.json are 90–100 MB (`npm run bench:import` prints its size); room to spare.
const FACT_CHECK_IMPORT_BODY_LIMIT = 128 * 1024 * 1024;

export const listArticles = defineOperation({
  operationId: "listArticles",
  method: "get",
  path: "/articles",
  tag: "Articles",
  summary: "List the newsroom's articles",
  description: "Newest change first, 20 per page by default; follow `nextCursor` for the next page.",
  auth: "token",
  role: "viewer",
  query: s.articleListQuery,
  response: { status: 200, description: "A page of articles.", schema: s.articleListResponse },
  errors: [400],
  example: { query: { status: "draft", limit: "5" } },
});

export const createArticle = defineOperation({
  operationId: "createArticle",
  method: "post",
  path: "/articles",
  tag: "Articles",
  summary: "Create a draft article from text or HTML",
  auth: "token",
  role: "fact_checker",
  body: s.articleCreateBody,
  bodyLimit: ARTICLE_BODY_LIMIT,
  response: { status: 201, description: "The new draft.", schema: s.articleResponse },
  errors: [400, 403, 413, 415, 422],
  example: {
    body: {
      title: "Meta va utiliser vos données personnelles pour entraîner son IA",
      language: "fr",
      text: "Le 22 mai 2024, Meta a annoncé une mise à jour de sa politique de confidentialité.\n\nElle s'appliquera à partir du 26 juin 2024.",
      sourceUrl: "https://example.org/meta-ia",
      sourcePublisher: "Exemple Média",
      sourcePublishedAt: "2024-05-24",
    },
  },
});

export const importArticle = defineOperation({
  operationId: "importArticle",
  method: "post",
  path: "/articles/imports",
  tag: "Articles",
  summary: "Create a draft article from its URL",
  description:
    "Factdesk fetches the page (http or https; never an address of this machine or a private network unless the operator allows it; at most 5 redirects, 10 s and 5 MB; HTML, plain text or PDF), extracts its main text with Mozilla Readability, reads its title, authors, publisher, date and language from its `og:`, `article:` and JSON-LD `NewsArticle` metadata, and creates the draft (201) with the body passed through the article format as a paste is. A page that cannot be used answers 422 with a code saying why, and creates nothing: `invalid_url`, `address_not_allowed`, `unreachable`, `too_many_redirects`, `timeout`, `too_large`, `unsupported_type`, `bad_encoding`, `bad_charset`, `http_error` (the message gives the status), `unreadable_pdf`, `no_readable_text`.",
  auth: "token",
  role: "fact_checker",
  body: s.articleImportBody,
  response: { status: 201, description: "The new draft.", schema: s.articleResponse },
  errors: [400, 403, 413, 415, 422],
});

export const getArticle = defineOperation({
  operationId: "getArticle",
  method: "get",
  path: "/articles/{id}",
  tag: "Articles",
  summary: "An article with its current text and its claims",
  auth: "token",
  role: "viewer",
  params: s.idParams,
  response: { status: 200, description: "The article.", schema: s.articleResponse },
  errors: [404],
});

export const createClaim = defineOperation({
  operationId: "createClaim",
  method: "post",
  path: "/articles/{id}/claims",
  tag: "Claims",
  summary: "Mark a quote of the text as a claim",
  description: "The mark is added to the live document: editors who have the article open see it at once. 422 when the quote is not in the text; 409 when it occurs several times and `prefix`/`suffix` do not pick one (the message says how many), or overlaps another claim.",
  auth: "token",
  role: "fact_checker",
  params: s.idParams,
  body: s.claimCreateBody,
  response: { status: 201, description: "The claim.", schema: s.claimResponse },
  errors: [400, 403, 404, 409, 413, 415, 422],
  example: { body: { type: "date", quote: { exact: "22 mai 2024", prefix: "Le ", suffix: ", Meta" }, normalized: { date: "2024-05-22" } } },
});

export const getClaim = defineOperation({
  operationId: "getClaim",
  method: "get",
  path: "/claims/{id}",
  tag: "Claims",
  summary: "A claim with its sources and comments",
  description: 'Answers an `ETag` ("r<revision>") to send back as `If-Match` with PATCH.',
  auth: "token",
  role: "viewer",
  params: s.idParams,
  etag: true,
  response: { status: 200, description: "The claim.", schema: s.claimResponse },
  errors: [404],
});

export const updateClaim = defineOperation({
  operationId: "updateClaim",
  method: "patch",
  path: "/claims/{id}",
  tag: "Claims",
  summary: "Change a claim: state, verdict and rationale, assignee, normalized value",
  description: "A `verdict` (a key of the newsroom's rating scale) with its `rationale` proposes it: the claim then needs review. `state: open` on a claim under review or approved reopens it. With `If-Match`, a claim changed since is refused with 412.",
  auth: "token",
  role: "fact_checker",
  params: s.idParams,
  body: s.claimPatchBody,
  etag: true,
  response: { status: 200, description: "The claim as it now is.", schema: s.claimResponse },
  errors: [400, 403, 404, 409, 412, 413, 415, 422],
  example: { body: { verdict: "true", rationale: "La date figure dans la notification envoyée aux utilisateurs." } },
});

export const approveClaim = defineOperation({
  operationId: "approveClaim",
  method: "post",
  path: "/claims/{id}/approve",
  tag: "Claims",
  summary: "Approve the proposed verdict (four-eyes: not its proposer)",
  auth: "token",
  role: "editor",
  params: s.idParams,
  etag: true,
  response: { status: 200, description: "The approved claim.", schema: s.claimResponse },
  errors: [403, 404, 409, 412],
});

export const addSource = defineOperation({
  operationId: "addSource",
  method: "post",
  path: "/claims/{id}/sources",
  tag: "Claims",
  summary: "Add a source to a claim",
  auth: "token",
  role: "fact_checker",
  params: s.idParams,
  body: s.sourceCreateBody,
  response: { status: 201, description: "The source.", schema: s.sourceResponse },
  errors: [400, 403, 404, 413, 415, 422],
  example: {
    body: {
      url: "https://about.fb.com/fr/news/2024/05/",
      title: "Notification de Meta aux utilisateurs européens",
      publisher: "Meta",
      publishedAt: "2024-05-22",
      excerpt: "Nous mettons à jour notre politique de confidentialité.",
      kind: "primary_document",
      stance: "supports",
    },
  },
});

export const addComment = defineOperation({
  operationId: "addComment",
  method: "post",
  path: "/claims/{id}/comments",
  tag: "Claims",
  summary: "Comment on a claim",
  auth: "token",
  role: "viewer",
  params: s.idParams,
  body: s.commentCreateBody,
  response: { status: 201, description: "The comment.", schema: s.commentResponse },
  errors: [400, 403, 404, 413, 415, 422],
  example: { body: { body: "Vérifier aussi la version anglaise de la notification." } },
});

export const publishArticle = defineOperation({
  operationId: "publishArticle",
  method: "post",
  path: "/articles/{id}/publications",
  tag: "Publications",
  summary: "Publish the article as a new immutable version",
  description: "Only approved claims appear as rated. A `note` is required when a verdict changed or a claim was added or withdrawn since the last version.",
  auth: "token",
  role: "editor",
  params: s.idParams,
  body: s.publicationCreateBody,
  response: { status: 201, description: "The version and its public page.", schema: s.publicationResponse },
  errors: [400, 403, 404, 413, 415, 422],
  example: { body: { note: "Première publication." } },
});

export const unpublishArticle = defineOperation({
  operationId: "unpublishArticle",
  method: "delete",
  path: "/articles/{id}/publications/current",
  tag: "Publications",
  summary: "Take the public page down (it then answers 410; versions are kept)",
  auth: "token",
  role: "editor",
  params: s.idParams,
  response: { status: 204, description: "Unpublished." },
  errors: [403, 404, 409],
});

export const exportClaims = defineOperation({
  operationId: "exportClaims",
  method: "get",
  path: "/claims.csv",
  tag: "Claims",
  summary: "The newsroom's claims and verdicts as CSV (one row per claim)",
  description: "For the monthly report: article, statement, claimant, state, verdict, number of sources, proposer and approver, dates, published version. Cells that a spreadsheet would read as a formula are prefixed with an apostrophe.",
  auth: "token",
  role: "viewer",
  query: s.claimsReportQuery,
  response: { status: 200, description: "text/csv; charset=utf-8" },
  errors: [400],
});

export const getFactCheckMarkup = defineOperation({
  operationId: "getFactCheckMarkup",
  method: "get",
  path: "/articles/{id}/factcheck-markup",
  tag: "Publications",
  summary: "The Fact Check Tools API markup of the published version",
  description: "The exact body of Google's `pages.create` for the latest public version (also at /{newsroom}/{slug}/v/{n}/factcheck-markup.json).",
  auth: "token",
  role: "viewer",
  params: s.idParams,
  response: { status: 200, description: "A ClaimReviewMarkupPage.", schema: s.factCheckMarkupResponse },
  errors: [404, 409],
});

export const detectClaims = defineOperation({
  operationId: "detectClaims",
  method: "post",
  path: "/claims/detect",
  tag: "Detection",
  summary: "Find checkable claims (dates, quotes, legal bases, numbers) in a text",
  auth: "token-or-session",
  role: "viewer",
  body: s.detectBody,
  bodyLimit: DETECT_BODY_LIMIT,
  response: { status: 200, description: "The claims found, in text order.", schema: s.detectResponse },
  errors: [400, 413, 415, 422],
  example: { body: { text: "Le 26 juin 2024, Meta invoquera l'article 6, paragraphe 1, point f) du RGPD.", lang: "fr", published: "2024-05-24" } },
});

export const createToken = defineOperation({
  operationId: "createToken",
  method: "post",
  path: "/tokens",
  tag: "Tokens",
  summary: "Create an API token (signed-in session, same-origin)",
  description: "For the app itself: needs the session cookie and a same-origin `Origin` header. The token acts with your role in that newsroom; it is shown once.",
  auth: "session",
  body: s.tokenCreateBody,
  response: { status: 201, description: "The token, shown once.", schema: s.tokenResponse },
  errors: [400, 403, 404, 409, 413, 415, 422],
});

export const importFactChecks = defineOperation({
  operationId: "importFactChecks",
  method: "post",
  path: "/fact-checks/imports",
  tag: "Claims",
  summary: "Import fact-checks into the newsroom's archive (claim memory)",
  description:
    'Send the file\'s JSON as it is: schema.org ClaimReview JSON-LD (one object, an array — such as a newsroom\'s `/{newsroom}/claimreview.json` — or a `@graph`), a ClaimReview DataFeed (`{"@type": "DataFeed", "dataFeedElement": [{"item": [ClaimReview…]}]}`), or a Fact Check Tools API `claims:search` answer (one fact-check per `claimReview`); `{"html": "<!doctype html>…"}` reads a page\'s `<script type="application/ld+json">` blocks. `{"url": "…"}` fetches the file or page at that address (the same safe fetcher as article imports: public addresses only, 5 redirects, 10 s, 5 MB; JSON or HTML) and imports it, `?source=` defaulting to the address; a fetch that fails answers 422 with its code (`address_not_allowed`, `timeout`, `too_large`, `unsupported_type`, `http_error`…) and imports nothing. All or nothing: the first bad item refuses the file, naming it (422, e.g. `item 3: claimReviewed is missing`; `fields` gives its place in the body), and nothing is written. Otherwise each fact-check is stored under its review URL, in one transaction: a URL already in the archive is updated (or left unchanged), never duplicated; a URL seen earlier in the same file is skipped, with the reason. `?source=` names the file or address, kept with each fact-check. The body may be up to 128 MiB: 100,000 ClaimReviews as a newsroom\'s claimreview.json are 90–100 MB.',
  auth: "token",
  role: "editor",
  query: s.factCheckImportQuery,
  body: s.factCheckImportBody,
  bodyLimit: FACT_CHECK_IMPORT_BODY_LIMIT,
  response: { status: 201, description: "What was imported: created, updated, unchanged, and the items skipped with their reasons.", schema: s.factCheckImportResponse },
  errors: [400, 403, 413, 415, 422],
});

export const listFactChecks = defineOperation({
  operationId: "listFactChecks",
  method: "get",
  path: "/fact-checks",
  tag: "Claims",
  summary: "Search the newsroom's archive of imported fact-checks",
  description: "Newest review first, 20 per page by default; follow `nextCursor` for the next page.",
  auth: "token",
  role: "viewer",
  query: s.factCheckListQuery,
  response: { status: 200, description: "A page of fact-checks.", schema: s.factCheckListResponse },
  errors: [400, 422],
});

export const findSimilarClaims = defineOperation({
  operationId: "findSimilarClaims",
  method: "get",
  path: "/claims/similar",
  tag: "Claims",
  summary: "Earlier fact-checks of a claim (claim memory)",
  description: "The newsroom's approved claims and imported fact-checks that state the same claim, best first, with their scores; an empty list when nothing was checked before (the matcher abstains below its threshold).",
  auth: "token",
  role: "viewer",
  query: s.similarClaimsQuery,
  response: { status: 200, description: "Ranked matches.", schema: s.similarClaimsResponse },
  errors: [400],
});

export const getClaimMemory = defineOperation({
  operationId: "getClaimMemory",
  method: "get",
  path: "/claims/{id}/matches",
  tag: "Claims",
  summary: "A claim's earlier fact-checks (claim memory)",
  description: "What the claim's card shows as “Already checked”: the earlier fact-checks a checker linked to it, then the matcher's best for its sentence, without those dismissed.",
  auth: "token",
  role: "viewer",
  params: s.idParams,
  response: { status: 200, description: "Linked, then ranked earlier fact-checks.", schema: s.claimMemoryResponse },
  errors: [404],
});

export const decideClaimMatch = defineOperation({
  operationId: "decideClaimMatch",
  method: "post",
  path: "/claims/{id}/matches",
  tag: "Claims",
  summary: "Link an earlier fact-check to a claim, or dismiss it",
  description: "linked: the same claim (stored, audited, shown on the public card from the next publication); dismissed: not the same, not offered again; undecided: takes a decision back.",
  auth: "token",
  role: "fact_checker",
  params: s.idParams,
  body: s.claimMatchDecisionBody,
  response: { status: 200, description: "The decision as stored.", schema: s.claimMatchDecisionResponse },
  errors: [400, 403, 404, 415, 422],
});

export const API_OPERATIONS = [
  listArticles,
  createArticle,
  getArticle,
  createClaim,
  getClaim,
  updateClaim,
  approveClaim,
  addSource,
  addComment,
  publishArticle,
  unpublishArticle,
  detectClaims,
  createToken,
  exportClaims,
  getFactCheckMarkup,
  importFactChecks,
  listFactChecks,
  findSimilarClaims,
  getClaimMemory,
  decideClaimMatch,
  importArticle,
] as const;

