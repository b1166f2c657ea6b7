import { afterEach, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { articleDocumentName } from "@/lib/collab/document-name";
import { loadDocumentState } from "@/lib/collab/postgres-persistence";
import { freePort } from "@/lib/db/embedded-postgres";
import { sql } from "@/lib/db/sql";
import { startInstance } from "@/scripts/local-cluster";
import { addParagraph, connect, paragraphs, tokenFor, waitFor } from "../helpers/collab";
import { makeArticle, makeNewsroom } from "../helpers/factory";

const globalSql = globalThis as unknown as { factdeskSql?: unknown };

async function answer(url: string): Promise<{ status: number; body: unknown } | "refused"> {
  try {
    const response = await fetch(url);
    return { status: response.status, body: await response.json() };
  } catch {
    return "refused";
  }
}

/** The status a new WebSocket gets: 101 when it is taken, the HTTP status when refused, or "refused" when nothing listens. */
function upgradeStatus(url: string): Promise<number | "refused"> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    socket.on("upgrade", (response) => (resolve(response.statusCode ?? 0), socket.terminate()));
    socket.on("unexpected-response", (_request, response) => (resolve(response.statusCode ?? 0), socket.terminate()));
    socket.on("error", () => resolve("refused"));
  });
}

describe("readiness and draining", () => {
  const url = process.env.DATABASE_URL;
  afterEach(() => {
    process.env.DATABASE_URL = url;
    delete globalSql.factdeskSql;
    vi.resetModules();
  });

  it("is not ready when PostgreSQL does not answer, and says nothing more", async () => {
    delete globalSql.factdeskSql;
    process.env.DATABASE_URL = `postgres://postgres@127.0.0.1:${await freePort()}/none`;
    const { checkReadiness } = await import("@/lib/server/check-readiness");
    expect(await checkReadiness({ draining: false })).toEqual({ status: "unavailable" });
  });

  it("on SIGTERM: readiness answers 503 while the editors it has keep typing, new WebSockets are refused, then it stores their text and exits 0", async () => {
    const team = await makeNewsroom();
    const { id } = await makeArticle(team.actors.editor, "Vidange", "Avant.");
    const instance = await startInstance({ name: "draining", services: "collab", env: { FACTDESK_DRAIN_SECONDS: "3" }, log: () => undefined });
    const collabUrl = `ws://127.0.0.1:${instance.port}/collab`;
    try {
      expect(await answer(`${instance.url}/api/ready`)).toEqual({ status: 200, body: { status: "ready" } });
      const editor = await connect(collabUrl, id, await tokenFor(team.actors.editor, id));
      addParagraph(editor.doc, "pendant la frappe");
      void instance.stop("SIGTERM");
      await waitFor(async () => ((await answer(`${instance.url}/api/ready`)) as { status: number }).status === 503, 5000, "not ready");
      expect(await answer(`${instance.url}/api/ready`)).toEqual({ status: 503, body: { status: "draining" } });
      expect(await answer(`${instance.url}/api/health`)).toEqual({ status: 200, body: { status: "ok", service: "collab" } });
      expect(await upgradeStatus(collabUrl)).toBe(503);
      addParagraph(editor.doc, "pendant la vidange");
      expect(await instance.exited).toBe(0);
      expect(await upgradeStatus(collabUrl)).toBe("refused");
      editor.destroy();
      const stored = new Y.Doc();
      for (const update of await loadDocumentState(sql(), articleDocumentName(id))) Y.applyUpdate(stored, update);
      expect(paragraphs(stored)).toEqual(["Avant.", "pendant la frappe", "pendant la vidange"]);
    } finally {
      await instance.stop("SIGKILL");
    }
  }, 60_000);
});
