import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { openApiDocument } from "@/lib/api/openapi";
import type { ApiOperation } from "@/lib/api/operation";
import { API_OPERATIONS } from "@/lib/api/operations";
import { curlExample, referenceFields, schemaType } from "@/lib/api/reference";
import { rateLimitPerMinute } from "@/lib/api/rate-limit";

export const metadata: Metadata = { title: "API reference" };

/** `code` spans of the OpenAPI descriptions, rendered as <code>. */
function Prose({ text }: { text: string }) {
  return <>{text.split(/(`[^`]+`)/).map((part, i) => (part.startsWith("`") ? <code key={i}>{part.slice(1, -1)}</code> : part.replace(/\*\*/g, "")))}</>;
}

type Operations = ReturnType<typeof openApiDocument>["paths"][string];

function Operation({ op, spec, baseUrl }: { op: ApiOperation; spec: Record<string, unknown>; baseUrl: string }) {
  const details = spec as { description?: string; parameters: { name: string; in: string; required: boolean; description?: string; schema: Record<string, unknown> }[]; requestBody?: { content: { "application/json": { schema: Record<string, unknown> } } }; responses: Record<string, { description: string }> };
  const fields = referenceFields(details.requestBody?.content["application/json"].schema);
  const anchor = op.operationId;
  return (
    <section className="card api-op" id={anchor} aria-labelledby={`${anchor}-title`}>
      <h3 id={`${anchor}-title`}>
        <span className={`api-method api-method-${op.method}`}>{op.method.toUpperCase()}</span> <code>/api/v1{op.path}</code>
      </h3>
      <p><strong>{op.summary}</strong></p>
      {details.description && <p className="muted"><Prose text={details.description} /></p>}
      <p className="small">Authentication: {op.auth === "token" ? "API token" : op.auth === "session" ? "signed-in session, same origin" : "API token or signed-in session"}</p>
      {details.parameters.length > 0 && (
        <div className="table-wrap"><table className="list"><caption className="visually-hidden">Parameters</caption><thead><tr><th>Parameter</th><th>In</th><th>Type</th><th>Description</th></tr></thead><tbody>
          {details.parameters.map((p) => <tr key={p.name}><td><code>{p.name}</code></td><td>{p.in}</td><td><code>{schemaType(p.schema)}</code></td><td><Prose text={p.description ?? String((p.schema as { description?: string }).description ?? "")} /></td></tr>)}
        </tbody></table></div>
      )}
      {fields.length > 0 && (
        <div className="table-wrap"><table className="list"><caption className="visually-hidden">Body fields</caption><thead><tr><th>Body field</th><th>Type</th><th>Notes</th></tr></thead><tbody>
          {fields.map((f) => <tr key={f.name}><td><code>{f.name}</code>{f.required ? " *" : ""}</td><td><code>{f.type}</code></td><td><Prose text={f.notes} /></td></tr>)}
        </tbody></table></div>
      )}
      {op.example && <pre className="api-example" aria-label="Example request"><code>{curlExample(baseUrl, op.method, op.path, op.example.body, op.example.query)}</code></pre>}
      <ul className="api-responses">
        {Object.entries(details.responses).map(([status, r]) => <li key={status}><code>{status}</code> <Prose text={r.description} /></li>)}
      </ul>
    </section>
  );
}

/** /docs/api — the REST API reference, read from the same OpenAPI document the API serves. */
export default async function ApiReferencePage() {
  const host = (await headers()).get("host") ?? "localhost:3000";
  const origin = process.env.NEXTAUTH_URL?.replace(/\/$/, "") ?? `http://${host}`;
  const document = openApiDocument(origin);
  const baseUrl = `${origin}/api/v1`;
  const tags = [...new Set(API_OPERATIONS.map((o) => o.tag))];
  return (
    <main className="page" id="main" lang="en">
      <div className="page-header">
        <div>
          <h1>Factdesk API reference</h1>
          <p>REST, JSON in and out, version 1. Machine-readable: <a href="/api/v1/openapi.json">OpenAPI 3.1 description</a>.</p>
        </div>
        <Link className="button" href="/desk">Back to the desk</Link>
      </div>
      <div className="card stack api-intro">
        <p>Create a personal token in the desk (<em>API tokens</em>), then send it with every request: <code>Authorization: Bearer fdk_…</code>. A token acts with your current role in its newsroom; revoking it, or leaving the newsroom, stops it at once.</p>
        <p>Errors always have the shape <code>{`{"error": {"code", "message", "fields"?}}`}</code>: <code>fields</code> names each invalid field. Another newsroom&apos;s records answer 404. Each token may send {rateLimitPerMinute()} requests per minute (then 429 with <code>Retry-After</code>). Claims carry an <code>ETag</code>; send it back as <code>If-Match</code> to be told (412) when someone changed the claim since you read it.</p>
        <nav aria-label="Operations"><ul className="api-toc">
          {tags.map((tag) => (
            <li key={tag}>{tag}: {API_OPERATIONS.filter((o) => o.tag === tag).map((o, i) => <span key={o.operationId}>{i > 0 && " · "}<a href={`#${o.operationId}`}>{o.summary}</a></span>)}</li>
          ))}
        </ul></nav>
      </div>
      {tags.map((tag) => (
        <section key={tag} aria-labelledby={`tag-${tag}`} className="stack api-tag">
          <h2 id={`tag-${tag}`}>{tag}</h2>
          {API_OPERATIONS.filter((o) => o.tag === tag).map((op) => (
            <Operation key={op.operationId} op={op} baseUrl={baseUrl} spec={(document.paths[op.path] as Operations)[op.method] as Record<string, unknown>} />
          ))}
        </section>
      ))}
    </main>
  );
}
