"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { importFactChecksAction } from "@/app/(desk)/desk/[newsroom]/archive/actions";
import { useI18n } from "@/components/ui/i18n-provider";
import { useToast } from "@/components/ui/toast";
import type { ImportFactChecksResult } from "@/lib/server/import-fact-checks";
import { MAX_IMPORT_FILE_CHARS } from "@/lib/validation/fact-check";

/** Imports a file of fact-checks (ClaimReview JSON-LD, a claimreview.json, a DataFeed, a claims:search answer, a page) into the archive. */
export function ImportFactChecksForm({ newsroomSlug }: { newsroomSlug: string }) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const [error, setError] = useState("");
  const [result, setResult] = useState<ImportFactChecksResult | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) return setError(t("archive.chooseFile"));
    if (file.size > MAX_IMPORT_FILE_CHARS) return setError(t("archive.tooLarge"));
    startTransition(async () => {
      const answer = await importFactChecksAction(newsroomSlug, { name: file.name, text: await file.text() });
      setResult(answer.ok ? answer.data : null);
      const message = answer.ok ? "" : [answer.error, ...Object.values(answer.fields ?? {})].filter(Boolean).join(" — ");
      setError(message);
      toast(answer.ok ? t("archive.imported", { created: answer.data.created, updated: answer.data.updated }) : message, answer.ok ? "info" : "error");
      if (answer.ok) router.refresh();
    });
  }

  return (
    <form className="stack" onSubmit={submit} data-testid="import-fact-checks">
      <div className="field">
        <label htmlFor="import-file">{t("archive.file")}</label>
        <input id="import-file" name="file" type="file" accept=".json,.jsonld,.html,.htm,application/json,application/ld+json,text/html" aria-describedby={["import-hint", error && "import-error"].filter(Boolean).join(" ")} aria-invalid={error ? true : undefined} />
        <span className="hint" id="import-hint">
          {t("archive.fileHint")}
        </span>
        {error && (
          <span className="error" id="import-error" role="alert">
            {error}
          </span>
        )}
      </div>
      <div>
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? t("archive.importing") : t("archive.import")}
        </button>
      </div>
      {result && (
        <p className="notice" role="status" data-testid="import-result">
          {t("archive.result", { created: result.created, updated: result.updated, unchanged: result.unchanged, skipped: result.skipped.length })}
          {result.skipped.length > 0 && (
            <>
              {" "}
              {result.skipped
                .slice(0, 3)
                .map((skip) => t("archive.skippedItem", { n: skip.index + 1, reason: skip.reason }))
                .join(" · ")}
            </>
          )}
        </p>
      )}
    </form>
  );
}
