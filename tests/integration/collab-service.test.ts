import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { articleDocumentName } from "@/lib/collab/document-name";
import { loadDocumentState } from "@/lib/collab/postgres-persistence";
import { freePort } from "@/lib/db/embedded-postgres";
import { sql } from "@/lib/db/sql";
import { addParagraph, connect, paragraphs, tokenFor, waitFor } from "../helpers/collab";
import { makeArticle, makeNewsroom } from "../helpers/factory";

describe("FACTDESK_SERVICES=collab", () => {
  it("runs the collaboration server alone (no web app, no build), serving /collab and a health check", async () => {
    const team = await makeNewsroom();
    const { id } = await makeArticle(team.actors.editor, "Service séparé", "Texte partagé.");
    const port = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
      env: { ...process.env, FACTDESK_SERVICES: "collab", PORT: String(port), HOSTNAME: "127.0.0.1" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    try {
      await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.ok ?? false, 30_000, "the collab process");
      expect(await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()).toEqual({ status: "ok", service: "collab" });
      expect((await fetch(`http://127.0.0.1:${port}/desk`)).status).toBe(404);
      const client = await connect(`ws://127.0.0.1:${port}/collab`, id, await tokenFor(team.actors.editor, id));
      expect(paragraphs(client.doc)).toEqual(["Texte partagé."]);
      client.provider.destroy();
    } finally {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.on("exit", resolve));
    }
  }, 60_000);

  it("stops cleanly on SIGTERM after its log pipe has closed (the lines are dropped)", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
      env: { ...process.env, FACTDESK_SERVICES: "collab", PORT: String(port), HOSTNAME: "127.0.0.1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    try {
      await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.ok ?? false, 30_000, "the collab process");
      // The terminal or the log collector goes away: the shutdown's log line then fails with EPIPE.
      child.stdout!.destroy();
      child.stderr!.destroy();
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    } finally {
      child.kill("SIGKILL");
    }
  }, 60_000);

  it("on SIGINT, stores the documents open and typed in, ends its database clients and exits 0 with nothing in its log but its own lines", async () => {
    const team = await makeNewsroom();
    const { id } = await makeArticle(team.actors.editor, "Arrêt", "Texte.");
    const port = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
      env: { ...process.env, FACTDESK_SERVICES: "collab", PORT: String(port), HOSTNAME: "127.0.0.1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    child.stdout!.on("data", (chunk) => (log += chunk));
    child.stderr!.on("data", (chunk) => (log += chunk));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    try {
      await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.ok ?? false, 30_000, "the collab process");
      const client = await connect(`ws://127.0.0.1:${port}/collab`, id, await tokenFor(team.actors.editor, id));
      for (let i = 0; i < 5; i++) addParagraph(client.doc, `ligne ${i}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      child.kill("SIGINT");
      expect(await exited).toBe(0);
      client.destroy();
      const stored = new Y.Doc();
      for (const update of await loadDocumentState(sql(), articleDocumentName(id))) Y.applyUpdate(stored, update);
      expect(paragraphs(stored)).toEqual(["Texte.", "ligne 0", "ligne 1", "ligne 2", "ligne 3", "ligne 4"]);
      expect(log.trim().split("\n").at(-1)).toBe("SIGINT: stopping Factdesk (storing open documents)…");
      expect(log).not.toMatch(/rror|unhandled|CONNECTION_/);
    } finally {
      child.kill("SIGKILL");
    }
  }, 60_000);
});
