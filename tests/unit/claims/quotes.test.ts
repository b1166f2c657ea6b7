import { describe, expect, it } from "vitest";
import { MAX_QUOTE } from "../../../lib/claims/quotes";
import { NBSP, NNBSP, ofType, pairs } from "./helpers";

const fr = { lang: "fr" as const, published: "2024-05-24" };
const en = { lang: "en" as const, published: "2024-05-24" };

describe("quotation marks", () => {
  it("finds « » with no-break and narrow no-break spaces, marks included", () => {
    const a = `«${NBSP}Nous prenons acte de cette décision${NBSP}», affirme Julien Mercadier.`;
    const b = `«${NNBSP}Le pic n’est pas encore atteint${NNBSP}», a déclaré l’épidémiologiste Hélène Vasseur.`;
    expect(pairs(a, "quote", fr)).toEqual([[`«${NBSP}Nous prenons acte de cette décision${NBSP}»`, { speaker: "Julien Mercadier" }]]);
    expect(pairs(b, "quote", fr)).toEqual([[`«${NNBSP}Le pic n’est pas encore atteint${NNBSP}»`, { speaker: "Hélène Vasseur" }]]);
  });

  it("finds “ ”, „ “, ‹ › and straight quotes", () => {
    expect(ofType("“We stand by these figures,” said Daniel Okafor.", "quote", en).map((c) => c.text)).toEqual(["“We stand by these figures,”"]);
    expect(ofType("Der Minister sagte: „Wir werden den Fall prüfen.“ Dann ging er.", "quote", en).map((c) => c.text)).toEqual(["„Wir werden den Fall prüfen.“"]);
    expect(ofType(`On lisait ‹${NBSP}Pas un train de plus${NBSP}› sur la banderole.`, "quote", fr).map((c) => c.text)).toEqual([`‹${NBSP}Pas un train de plus${NBSP}›`]);
    expect(pairs('"We were never selling anyone\'s data," said Martin Keller.', "quote", en)).toEqual([['"We were never selling anyone\'s data,"', { speaker: "Martin Keller" }]]);
  });

  it("splits a quote interrupted by an attribution and carries the speaker over", () => {
    const text = "“We have invested heavily in human review,” said Daniel Okafor, Chattr's head of trust. “Fewer removals can mean fewer violations. It does not mean we are looking away.”";
    expect(pairs(text, "quote", en)).toEqual([
      ["“We have invested heavily in human review,”", { speaker: "Daniel Okafor" }],
      ["“Fewer removals can mean fewer violations. It does not mean we are looking away.”", { speaker: "Daniel Okafor" }],
    ]);
  });

  it("keeps a multi-sentence quote whole", () => {
    const text = `Le ministre a déclaré : «${NBSP}Nous allons agir vite. Très vite. Les entreprises doivent s'y préparer.${NBSP}»`;
    expect(pairs(text, "quote", fr)).toEqual([[`«${NBSP}Nous allons agir vite. Très vite. Les entreprises doivent s'y préparer.${NBSP}»`, { speaker: "Le ministre" }]]);
  });

  it("names the speaker from an attribution before the quote or after it", () => {
    expect(pairs("A Homeland spokesman said the party “has always respected the rules”.", "quote", en)[0][1]).toEqual({ speaker: "Homeland spokesman" });
    expect(pairs("“We expect clear answers on this,” a Commission spokesperson said.", "quote", en)[0][1]).toEqual({ speaker: "Commission spokesperson" });
    expect(pairs("\"Households should not have to choose,\" said its director, Sunita Rao.", "quote", en)[0][1]).toEqual({ speaker: "Sunita Rao" });
    expect(pairs(`«${NBSP}Notre pays ne peut pas vivre à crédit${NBSP}», a justifié le Premier ministre devant les députés.`, "quote", fr)[0][1]).toEqual({ speaker: "le Premier ministre" });
  });

  it("leaves the speaker out when nobody is named", () => {
    expect(pairs(`Sur les murs, partout, ces mots : «${NNBSP}Se faire vacciner, c’est protéger les autres${NNBSP}»`, "quote", fr)[0][1]).toEqual({});
    expect(pairs("Graffiti on the wall: “No more cuts here” in red paint.", "quote", en)[0][1]).toEqual({});
  });
});

describe("what is not a quote", () => {
  it.each([
    [`Les élus dénoncent un «${NBSP}effort${NBSP}» mal réparti.`, "fr"],
    [`Un bouton «${NBSP}Tout accepter${NBSP}» très visible.`, "fr"],
    ["They accused it of relying on “shadow bans” to hide posts.", "en"],
    ["Officials dismissed the findings as “noise”.", "en"],
    ["A recent study titled “The Quiet Feeds Problem” found it.", "en"],
    ["He praised the “Fair Share For All” manifesto.", "en"],
  ] as const)("%s", (text, lang) => {
    expect(ofType(text, "quote", { lang })).toEqual([]);
  });

  it("never pairs marks across a blank line or beyond the length limit", () => {
    expect(ofType("« Il a dit que tout irait bien\n\net puis plus rien »", "quote", fr)).toEqual([]);
    expect(ofType(`« ${"mot ".repeat(MAX_QUOTE / 4 + 10)}»`, "quote", fr)).toEqual([]);
    expect(ofType('"He said it would be fine\nand then nothing"', "quote", en)).toEqual([]);
  });

  it("treats an opening mark met again before its close as unclosed", () => {
    expect(ofType("« Début sans fin. « Voici la vraie citation complète » dit-il.", "quote", fr).map((c) => c.text)).toEqual(["« Voici la vraie citation complète »"]);
  });
});
