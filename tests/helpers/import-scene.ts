import { afterAll, beforeAll } from "vitest";
import { tokensFor } from "./api";
import { makeNewsroom } from "./factory";
import { startFixtureServer } from "./fixture-server";

/** What the import-by-URL tests start from: the fixture page server and a newsroom with an API token per role. */
async function startImportScene() {
  const pages = await startFixtureServer();
  const team = await makeNewsroom();
  return { pages, team, tokens: await tokensFor(team) };
}

export type ImportScene = Awaited<ReturnType<typeof startImportScene>>;

/** The scene, filled before the file's tests and its page server closed after them. */
export function importScene(): ImportScene {
  const scene = {} as ImportScene;
  beforeAll(async () => {
    Object.assign(scene, await startImportScene());
  });
  afterAll(() => scene.pages?.close());
  return scene;
}
