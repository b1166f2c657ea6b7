import { describe, expect, it } from "vitest";
import { CARET_COLORS, FALLBACK_CARET_COLOR, colorOf, initialsOf, readCollaborator } from "@/components/editor/collaborator";

const claimId = "0f8fad5b-d9cb-469f-a165-70867728950e";

describe("another browser's awareness state", () => {
  it("lets through a bounded name, one of the palette's colours and a claim id", () => {
    expect(readCollaborator(7, { user: { name: " Edna ", color: CARET_COLORS[2] }, activity: { typing: true, claimId } })).toEqual({
      clientId: 7,
      name: "Edna",
      color: CARET_COLORS[2],
      typing: true,
      claimId,
    });
  });

  it("draws any other colour in the neutral one (no CSS from another browser)", () => {
    for (const color of ["hsl(10 70% 45%)", "red; background: url(x)", "#fff", 12, undefined]) {
      expect(readCollaborator(1, { user: { name: "Edna", color } })?.color).toBe(FALLBACK_CARET_COLOR);
    }
  });

  it("is nobody when the state does not fit", () => {
    for (const state of [null, {}, { user: { name: "" } }, { user: { name: "x".repeat(81) } }, { user: { name: 5 } }, { user: { name: "Edna" }, activity: { typing: "yes", claimId: null } }, { user: { name: "Edna" }, activity: { typing: false, claimId: "<script>" } }]) {
      expect(readCollaborator(1, state)).toBeNull();
    }
  });

  it("gives each person a stable palette colour and initials", () => {
    expect(colorOf("user-1")).toBe(colorOf("user-1"));
    expect(CARET_COLORS).toContain(colorOf("user-2"));
    expect(initialsOf("Edna Krabappel")).toBe("EK");
    expect(initialsOf("édouard")).toBe("É");
  });
});
