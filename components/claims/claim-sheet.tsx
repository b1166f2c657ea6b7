import type { ReactNode } from "react";

/** Where an open card is a sheet over the text (app/globals.css's breakpoint for `.workspace-panel[data-sheet]`). */
export const SHEET_MEDIA = "(max-width: 1000px)";

/**
 * The claim panel's frame: beside the text on wide screens; on narrow ones an
 * open card rises as a sheet from the bottom of the screen instead of waiting
 * below the whole article (Escape or "All claims" lowers it).
 */
export function ClaimSheet({ open, children }: { open: boolean; children: ReactNode }) {
  return (
    <aside className="workspace-panel card" data-sheet={open ? "open" : "closed"} data-testid="claim-sheet">
      {children}
    </aside>
  );
}
