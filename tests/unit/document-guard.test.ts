import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { deriveArticleContent } from "@/lib/collab/derived-content";
import { DocumentGuard } from "@/lib/collab/document-guard";
import { initialDocumentState } from "@/lib/collab/initial-state";
import { documentFromPlainText } from "@/lib/editor/document";

/** A live document (the server's), and a client that edits a copy of it: `edit` returns the client's update. */
function live(text: string, maxChars?: number) {
  const real = new Y.Doc();
  Y.applyUpdate(real, initialDocumentState(documentFromPlainText(text).json));
  const guard = new DocumentGuard(real, maxChars);
  let client = copyOf(real);
  return {
    real,
    guard,
    /** The update of `change` made on the client; the client starts again from the server's copy when it is refused. */
    edit(change: (fragment: Y.XmlFragment) => void) {
      const updates: Uint8Array[] = [];
      client.on("update", (update: Uint8Array) => updates.push(update));
      client.transact(() => change(client.getXmlFragment("default")));
      const update = Y.mergeUpdates(updates);
      const verdict = guard.check(update);
      if (verdict.ok) Y.applyUpdate(real, update);
      else client = copyOf(real);
      return verdict;
    },
  };
}

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

const textOf = (doc: Y.Doc) => deriveArticleContent(doc).text;
const firstText = (fragment: Y.XmlFragment) => (fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText;
const paragraph = (text: string) => {
  const element = new Y.XmlElement("paragraph");
  element.insert(0, [new Y.XmlText(text)]);
  return element;
};

describe("DocumentGuard", () => {
  it("takes typing, formatting, new blocks and deletions that keep the article valid", () => {
    const doc = live("Un.\nDeux.");
    expect(doc.edit((f) => firstText(f).insert(3, " et demi"))).toEqual({ ok: true });
    expect(doc.edit((f) => firstText(f).format(0, 2, { bold: {} }))).toEqual({ ok: true });
    expect(doc.edit((f) => firstText(f).format(0, 2, { link: { href: "https://example.org" } }))).toEqual({ ok: true });
    expect(doc.edit((f) => f.insert(1, [paragraph("Entre.")]))).toEqual({ ok: true });
    expect(doc.edit((f) => f.delete(2, 1))).toEqual({ ok: true });
    const list = new Y.XmlElement("bulletList");
    const item = new Y.XmlElement("listItem");
    item.insert(0, [paragraph("point")]);
    list.insert(0, [item]);
    expect(doc.edit((f) => f.push([list]))).toEqual({ ok: true });
    expect(textOf(doc.real)).toBe("Un. et demi\nEntre.\npoint");
  });

  it("refuses what would make the article invalid, and leaves the document as it was", () => {
    const doc = live("Texte.");
    const refusals: [string, (fragment: Y.XmlFragment) => void, RegExp][] = [
      ["unknown element", (f) => f.push([new Y.XmlElement("script")]), /Unknown node type: script/],
      ["unknown inline element", (f) => (f.get(0) as Y.XmlElement).push([new Y.XmlElement("image")]), /Unknown node type: image/],
      ["NUL", (f) => firstText(f).insert(0, "\u0000"), /NUL/],
      ["NUL in an attribute", (f) => firstText(f).format(0, 2, { claim: { id: "a\u0000", type: "date" } }), /NUL/],
      ["an empty article", (f) => f.delete(0, 1), /without a paragraph/],
      ["text outside a block", (f) => f.push([new Y.XmlText("nu")]), /fit the article format/],
      ["a list without items", (f) => f.push([new Y.XmlElement("bulletList")]), /Invalid content for node bulletList/],
      ["a list item outside a list", (f) => f.push([new Y.XmlElement("listItem")]), /fit the article format/],
      ["a map beside the text", (f) => f.doc!.getMap("other").set("x", 1), /outside the article's text/],
    ];
    for (const [what, change, reason] of refusals) {
      const verdict = doc.edit(change);
      expect(verdict.ok, what).toBe(false);
      expect(!verdict.ok && verdict.reason, what).toMatch(reason);
    }
    expect(doc.edit((f) => firstText(f).insert(0, "Encore du "))).toEqual({ ok: true });
    expect(textOf(doc.real)).toBe("Encore du Texte.");
  });

  it("refuses a change that takes the text past the limit, and takes one that shortens a text already past it", () => {
    const doc = live("abcdef", 10);
    expect(doc.edit((f) => firstText(f).insert(6, "ghij"))).toEqual({ ok: true });
    expect(doc.edit((f) => firstText(f).insert(0, "k"))).toMatchObject({ ok: false, kind: "too-long", reason: "the text would be 11 characters long; the limit is 10" });
    expect(doc.edit((f) => f.push([paragraph("")]))).toMatchObject({ ok: false, kind: "too-long" }); // the line break counts
    const old = live("a".repeat(20), 10); // stored before the limit held live
    expect(old.edit((f) => firstText(f).delete(0, 5))).toEqual({ ok: true });
    expect(old.edit((f) => firstText(f).insert(0, "b"))).toMatchObject({ ok: false, kind: "too-long" });
  });

  it("counts the text as the derived content does, through any mix of edits (seeded)", () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const words = ["mot", "é", "😀", "données", " ", "x"];
    const texts = (f: Y.XmlFragment) => f.createTreeWalker((node) => node instanceof Y.XmlText) as Iterable<Y.XmlText>;
    const doc = live("Premier paragraphe, assez long pour commencer près de la limite.\nDeuxième.\nTroisième.", 120);
    let refused = 0;
    for (let step = 0; step < 600; step++) {
      const before = textOf(doc.real).length;
      let expected = before;
      const verdict = doc.edit((f) => {
        const all = [...texts(f)];
        const text = all[random(all.length)];
        const op = random(9);
        if (op <= 4) text.insert(random(text.length + 1), words[random(words.length)]);
        else if (op === 5 && text.length > 0) {
          const at = random(text.length);
          text.delete(at, Math.min(1 + random(3), text.length - at));
        }
        else if (op === 6) f.insert(random(f.length + 1), [paragraph(words[random(words.length)])]);
        else if (op === 7 && f.length > 1) f.delete(random(f.length), 1);
        else if (op === 8 && text.length > 1) text.format(0, 1 + random(text.length - 1), random(2) ? { bold: {} } : { claim: { id: `c${step}`, type: "date" } });
        expected = textOf(f.doc!).length;
      });
      // The text may not grow past the limit; anything else is taken.
      const allowed = expected <= 120 || expected <= before;
      expect(verdict.ok, `step ${step}: ${before} → ${expected}`).toBe(allowed);
      if (!verdict.ok) refused++;
    }
    expect(refused).toBeGreaterThan(20);
    expect(refused).toBeLessThan(550);
  });

  it("lets a document stored before these rules be repaired: edits elsewhere and deleting what is invalid are taken", () => {
    const real = new Y.Doc();
    Y.applyUpdate(real, initialDocumentState(documentFromPlainText("Bon.").json));
    real.getXmlFragment("default").push([new Y.XmlElement("script")]);
    const guard = new DocumentGuard(real);
    const client = copyOf(real);
    const check = (change: () => void) => {
      let update: Uint8Array | null = null;
      client.once("update", (u: Uint8Array) => (update = u));
      change();
      const verdict = guard.check(update!);
      if (verdict.ok) Y.applyUpdate(real, update!);
      return verdict;
    };
    expect(check(() => firstText(client.getXmlFragment("default")).insert(0, "Très "))).toEqual({ ok: true });
    expect(check(() => client.getXmlFragment("default").delete(1, 1))).toEqual({ ok: true });
    expect(textOf(real)).toBe("Très Bon.");
  });

  it("told which origins it has checked, still follows every other change of the document and counts each change once", () => {
    const real = new Y.Doc();
    Y.applyUpdate(real, initialDocumentState(documentFromPlainText("Un.").json));
    const editor = { source: "connection" };
    const guard = new DocumentGuard(real, 12, (origin) => origin === editor);
    const client = copyOf(real);
    const updateOf = (change: () => void) => {
      let update: Uint8Array | null = null;
      client.once("update", (u: Uint8Array) => (update = u));
      change();
      return update!;
    };
    const type = (text: string) => {
      const text0 = firstText(client.getXmlFragment("default"));
      const update = updateOf(() => text0.insert(text0.length, text));
      const verdict = guard.check(update);
      if (verdict.ok) Y.applyUpdate(real, update, editor);
      return verdict;
    };
    expect(type(" A")).toEqual({ ok: true });
    // A change from elsewhere (another instance, the server itself) is never checked: the guard's copy follows it.
    const text0 = firstText(client.getXmlFragment("default"));
    Y.applyUpdate(real, updateOf(() => text0.insert(text0.length, " Deux.")), "redis");
    expect(textOf(real)).toBe("Un. A Deux.");
    // 11 characters: one more passes the limit of 12, a second is refused — the guard counted both kinds of change once.
    expect(type("b")).toEqual({ ok: true });
    expect(type("c")).toMatchObject({ ok: false, kind: "too-long" });
    expect(textOf(real)).toBe("Un. A Deux.b");
  });
});
