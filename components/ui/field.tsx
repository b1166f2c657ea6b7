import type { ReactNode } from "react";

type FieldProps = {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  optionalLabel?: string;
  children: ReactNode;
};

/** A labelled control with its hint and error, wired for screen readers via ids. */
export function Field({ id, label, error, hint, optionalLabel, children }: FieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {optionalLabel && <span className="optional"> ({optionalLabel})</span>}
      </label>
      {children}
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** aria-* props for the control inside a Field. */
export function fieldAria(id: string, error?: string, hint?: string) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  return { id, name: id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy || undefined };
}
