// CLI of the claim detector (tests/fixtures/claims/GUIDELINES.md):
//   npm run --silent claims:detect -- [--lang fr|en] [--published YYYY-MM-DD] < article.txt
// Prints one JSON array on stdout. Bad options or input that is not UTF-8: one line on stderr, exit 2.
import { parseIsoDate } from "../lib/claims/calendar";
import { detectClaims } from "../lib/claims/detect-claims";
import type { DetectOptions } from "../lib/claims/types";
import { commandLine } from "./command-line";

const { fail, run } = commandLine("claims:detect");

class UsageError extends Error {}

export function parseArgs(argv: string[]): DetectOptions {
  const opts: DetectOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq !== -1 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith("--") && eq !== -1 ? arg.slice(eq + 1) : undefined;
    if (name !== "--lang" && name !== "--published") throw new UsageError(`unknown option ${JSON.stringify(arg)} (expected --lang fr|en, --published YYYY-MM-DD)`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`${name} needs a value`);
    if (name === "--lang") {
      if (value !== "fr" && value !== "en") throw new UsageError(`invalid --lang ${JSON.stringify(value)}: expected fr or en`);
      opts.lang = value;
    } else {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(`invalid --published ${JSON.stringify(value)}: expected a date like 2024-05-24`);
      if (!parseIsoDate(value)) throw new UsageError(`invalid --published ${JSON.stringify(value)}: not a real calendar date`);
      opts.published = value;
    }
  }
  return opts;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function main(): Promise<number> {
  let opts: DetectOptions;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) return fail(e.message);
    throw e;
  }
  const bytes = await readStdin();
  let text: string;
  try {
    // ignoreBOM keeps a leading BOM in the string so offsets match the input exactly.
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return fail("input is not valid UTF-8");
  }
  process.stdout.write(`${JSON.stringify(detectClaims(text, opts))}\n`);
  return 0;
}

void run(main);
