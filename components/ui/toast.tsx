"use client";

import { createContext, useCallback, useContext, useState, type ReactNode } from "react";

type Toast = { id: number; text: string; kind: "info" | "error" };
type ShowToast = (text: string, kind?: Toast["kind"]) => void;

const ToastContext = createContext<ShowToast>(() => undefined);

/** Saves and errors are announced in a polite live region, and fade after 5 s. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const show = useCallback<ShowToast>((text, kind = "info") => {
    const id = Date.now() + Math.random();
    // Two at most, the same words once: older ones go rather than pile up over the page.
    setToasts((list) => [...list.filter((toast) => toast.text !== text).slice(-1), { id, text, kind }]);
    setTimeout(() => setToasts((list) => list.filter((toast) => toast.id !== id)), 5000);
  }, []);
  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.kind}`} data-testid="toast">
            {toast.text}
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ShowToast {
  return useContext(ToastContext);
}
