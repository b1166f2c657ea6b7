// `npm run bench:import [-- N]`: imports N generated fact-checks (default 100,000, at most
// 200,000) into a fresh newsroom as POST /api/v1/fact-checks/imports does, in this
// process: the body read from a Request, the text rule over it, the operation's body
// schema, then importFactChecks (parsing, the batched upsert, the audit event); then
// the same file again, and a few archive searches. Token authentication is left out
// (one indexed read; next-auth does not load outside Next or Vitest). On the embedded
// PostgreSQL of .data/bench-postgres, or the DATABASE_URL one. The newsroom is
// deleted afterwards.
import { random } from "../tests/helpers/fuzz";
import { openBenchDatabase } from "./bench-common";

const DEFAULT_ITEMS = 100_000;
const MAX_ITEMS = 200_000;


const SUBJECTS_FR = ["Le chômage", "La dette publique", "Le prix de l'électricité", "Le nombre de médecins", "La consommation de tabac", "Le budget de la défense", "Le nombre de logements vacants", "La part du nucléaire", "Le salaire minimum", "Le nombre d'élèves par classe"];
const VERBS_FR = ["a augmenté de", "a baissé de", "a atteint", "a doublé pour atteindre", "est resté à"];
const SUBJECTS_EN = ["Unemployment", "Public debt", "The price of electricity", "The number of doctors", "Tobacco use", "Defence spending", "The number of empty homes", "The share of nuclear power", "The minimum wage", "Class sizes"];
const VERBS_EN = ["rose by", "fell by", "reached", "doubled to", "stayed at"];
const VERDICTS = [["Vrai", 5], ["Plutôt vrai", 4], ["Trompeur", 3], ["Plutôt faux", 2], ["Faux", 1]] as const;
const CLAIMANTS = ["Une ministre", "Un député", "Un maire", "Une publication virale", "Un syndicat", "A senator", "A viral post", "A party leader"];

/** N ClaimReviews shaped like a newsroom's claimreview.json (lib/publish/claim-review-json-ld.ts). */
function claimReviews(count: number): object[] {
  const next = random(20261204);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  return Array.from({ length: count }, (_, i) => {
    const fr = next() < 0.6;
    const year = 2015 + Math.floor(next() * 10);
    const figure = (next() * 100).toFixed(1);
    const statement = fr
      ? `${pick(SUBJECTS_FR)} ${pick(VERBS_FR)} ${figure.replace(".", ",")} % en ${year} dans la région ${1 + Math.floor(next() * 18)}, selon les chiffres cités.`
      : `${pick(SUBJECTS_EN)} ${pick(VERBS_EN)} ${figure} per cent in ${year} in region ${1 + Math.floor(next() * 18)}, according to the figures quoted.`;
    const [verdict, rating] = pick(VERDICTS);
    const day = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, "0")}-${String(1 + Math.floor(next() * 28)).padStart(2, "0")}`;
    const page = `https://bench.example/verifications/${year}/${i.toString(36)}-${fr ? "verification" : "fact-check"}`;
    return {
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: `${page}#claim-${crypto.randomUUID()}`,
      claimReviewed: statement,
      datePublished: day,
      author: { "@type": "Organization", name: "Banc d'essai", url: "https://bench.example/" },
      reviewRating: { "@type": "Rating", alternateName: verdict, ratingValue: rating, bestRating: 5, worstRating: 1 },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: pick(CLAIMANTS) },
        datePublished: day,
        appearance: [{ "@type": "CreativeWork", url: `https://media.example/${year}/${i}`, headline: statement.slice(0, 80), publisher: { "@type": "Organization", name: "Média Exemple", url: "https://media.example" }, datePublished: day }],
      },
    };
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rate = (n: number, ms: number) => `${Math.round(n / (ms / 1000)).toLocaleString("en")} items/s`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

async function main() {
  const { count, database } = await openBenchDatabase("bench:import", { defaultCount: DEFAULT_ITEMS, maxCount: MAX_ITEMS });
  // Imported after DATABASE_URL is set: they open the process's clients.
  const { makeNewsroom } = await import("../tests/helpers/factory");
  const { importFactChecks: importOperation } = await import("../lib/api/operations");
  const { readJson } = await import("../lib/api/respond");
  const { findUnstorable } = await import("../lib/validation/storable-text");
  const { importFactChecks } = await import("../lib/server/import-fact-checks");
  const { listFactChecks } = await import("../lib/server/list-fact-checks");
  const { parseFactChecks } = await import("../lib/archive/parse-fact-checks");
  const { db } = await import("../lib/db/prisma");
  const { endSql, sql } = await import("../lib/db/sql");

  const team = await makeNewsroom();
  try {
    const body = JSON.stringify(claimReviews(count));
    const bytes = Buffer.byteLength(body);
    console.log(`${count.toLocaleString("en")} ClaimReviews as a claimreview.json: ${mb(bytes)} (${Math.round(bytes / count)} bytes each)`);

    let started = performance.now();
    parseFactChecks(JSON.parse(body));
    console.log(`parse only (JSON.parse and lib/archive): ${seconds(performance.now() - started)}`);

    for (const run of ["first import", "same file again"]) {
      started = performance.now();
      const request = new Request("http://factdesk.bench/api/v1/fact-checks/imports", { method: "POST", headers: { "content-type": "application/json" }, body });
      const json = await readJson(request, importOperation.bodyLimit);
      const unstorable = findUnstorable(json);
      if (unstorable) throw new Error(`${unstorable.field} ${unstorable.message}`);
      importOperation.body.parse(json);
      const answer = await importFactChecks({ actor: { ...team.actors.editor, viaApi: true }, file: { json }, source: "bench-import.json" });
      const ms = performance.now() - started;
      console.log(`${run}: ${seconds(ms)}, ${rate(count, ms)} (created ${answer.created}, updated ${answer.updated}, unchanged ${answer.unchanged})`);
    }

    const queries = ["chomage", "dette publique", "electricity price", "nucléaire 2019", "médecins", "viral"];
    const times: number[] = [];
    for (const query of [...queries, ...queries]) {
      started = performance.now();
      await listFactChecks({ actor: team.actors.viewer, query, limit: 20 });
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(`archive search at ${count.toLocaleString("en")} items (${times.length} queries): median ${times[times.length >> 1].toFixed(1)} ms, slowest ${times[times.length - 1].toFixed(1)} ms`);
  } finally {
    await db().newsroom.delete({ where: { id: team.newsroom.id } });
    // The next run starts from a table without the dead rows of this one.
    await sql()`VACUUM ANALYZE "ArchivedFactCheck"`;
    await db().$disconnect();
    await endSql();
    if (database.embedded) await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
