// A collaboration server in its own process, for the crash tests: PORT and
// DATABASE_URL from the environment; prints "ready" when listening.
import { startCollabOnPort } from "./collab";

const server = await startCollabOnPort(Number(process.env.PORT));
process.stdout.write("ready\n");
process.on("SIGTERM", () => void server.stop().then(() => process.exit(0)));
