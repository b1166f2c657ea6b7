import { describe, expect, it } from "vitest";
import { encodeMentions, mentionedUserIds, mentionsAsText, mentionToken, splitMentions } from "@/lib/notifications/mentions";

const ann = { id: "11111111-1111-4111-8111-111111111111", name: "Ann" };
const annLee = { id: "22222222-2222-4222-8222-222222222222", name: "Ann Lee" };

describe("mentions", () => {
  it("the comment box turns each @Name of a member into their id, the longest name first", () => {
    expect(encodeMentions("@Ann Lee et @Ann, voyez", [ann, annLee])).toBe(`${mentionToken(annLee.id)} et ${mentionToken(ann.id)}, voyez`);
    expect(encodeMentions("écrire à ann@example.org", [ann])).toBe("écrire à ann@example.org");
    // A longer word is not the person: "@Annabel" is not Ann.
    expect(encodeMentions("@Annabel et @Ann.", [ann])).toBe(`@Annabel et ${mentionToken(ann.id)}.`);
  });

  it("reads the ids back once each, in order, whatever their case", () => {
    const body = `${mentionToken(annLee.id)} ${mentionToken(ann.id.toUpperCase())} ${mentionToken(annLee.id)} <@not-an-id>`;
    expect(mentionedUserIds(body)).toEqual([annLee.id, ann.id]);
  });

  it("shows the current name of each person mentioned, and a placeholder for someone unknown", () => {
    const body = `Hi ${mentionToken(ann.id)}! ${mentionToken(annLee.id)}`;
    const names = (id: string) => (id === ann.id ? "Ann Renamed" : undefined);
    expect(splitMentions(body, names)).toEqual([{ text: "Hi " }, { mention: ann.id, name: "Ann Renamed" }, { text: "! " }, { mention: annLee.id, name: null }]);
    expect(mentionsAsText(body, names, "former member")).toBe("Hi @Ann Renamed! @former member");
  });
});
