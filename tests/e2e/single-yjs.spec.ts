import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

/** Every JavaScript file of the server build. */
function serverChunks(dir = path.join(".next", "server")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? serverChunks(file) : file.endsWith(".js") ? [file] : [];
  });
}

// Yjs marks the process when it loads ("__ $YJS$ __"); a second copy bundled into
// Next's server chunks beside the collaboration server's prints "Yjs was already
// imported" and breaks its constructor checks. Yjs must stay external to the build.
test("the server build holds no copy of Yjs of its own (one Yjs in the server process)", () => {
  const bundled = serverChunks().filter((file) => readFileSync(file, "utf8").includes("__ $YJS$ __"));
  expect(bundled).toEqual([]);
});
