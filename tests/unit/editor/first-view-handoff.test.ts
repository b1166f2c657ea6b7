import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { leaveFirstViewHtml, takeFirstViewHtml } from "@/components/editor/first-view-handoff";

describe("the first view's HTML handed from the page to its server rendering", () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it("gives the HTML left under a key, to that key only", () => {
    const key = leaveFirstViewHtml("<p>Le texte.</p>");
    const other = leaveFirstViewHtml("<p>Un autre.</p>");
    expect(takeFirstViewHtml(key)).toBe("<p>Le texte.</p>");
    expect(takeFirstViewHtml(other)).toBe("<p>Un autre.</p>");
    expect(takeFirstViewHtml("not-a-key")).toBeUndefined();
  });

  it("keeps a read HTML a few seconds for a rendering that runs again, then drops it", () => {
    const key = leaveFirstViewHtml("<p>Lu.</p>");
    expect(takeFirstViewHtml(key)).toBe("<p>Lu.</p>");
    vi.advanceTimersByTime(4_000);
    expect(takeFirstViewHtml(key)).toBe("<p>Lu.</p>");
    vi.advanceTimersByTime(5_001);
    expect(takeFirstViewHtml(key)).toBeUndefined();
  });

  it("drops an HTML nobody read after a minute", () => {
    const key = leaveFirstViewHtml("<p>Jamais lu.</p>");
    vi.advanceTimersByTime(60_001);
    expect(takeFirstViewHtml(key)).toBeUndefined();
  });
});
