import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_STATEMENT_CHARS, proposeStatement, proposeStatementFor, sentenceAround } from "@/lib/claims/statement";

const seed = readFileSync("prisma/seed/meta-ia-donnees-personnelles.fr.txt", "utf8");

describe("the proposed statement", () => {
  it("is the span's sentence, from a text with several", () => {
    const text = "Première phrase. Meta a annoncé le 26 juin 2024 comme date. Troisième phrase.";
    expect(sentenceAround(text, text.indexOf("26 juin"))).toEqual({ start: 17, end: 59 });
    expect(proposeStatementFor(text, "26 juin 2024")).toBe("Meta a annoncé le 26 juin 2024 comme date.");
  });

  it("drops attributions, datelines and a leading connective, never the span", () => {
    expect(proposeStatementFor("Mais le chômage a baissé de 5 %, a déclaré le ministre.", "5 %")).toBe("Le chômage a baissé de 5 %.");
    expect(proposeStatementFor("Selon l'Insee, le chômage a baissé de 5 %.", "5 %")).toBe("Le chômage a baissé de 5 %.");
    expect(proposeStatementFor("However, the fine reached $75 million, the regulator said.", "$75 million")).toBe("The fine reached $75 million.");
    expect(proposeStatementFor("According to Reuters, the fine reached $75 million.", "$75 million")).toBe("The fine reached $75 million.");
    expect(proposeStatementFor("The company said on Tuesday that it would stop.", "stop")).toBe("It would stop.");
    expect(proposeStatementFor("PARIS (AFP) – La CNIL a infligé 150 millions d'euros d'amende.", "150 millions")).toBe("La CNIL a infligé 150 millions d'euros d'amende.");
    // The attribution holds the span: it stays.
    expect(proposeStatementFor("Le ministre Bruno Le Maire a déclaré que la croissance sera de 1 %.", "Bruno Le Maire")).toContain("Bruno Le Maire");
  });

  it("takes a quoted sentence out of its quotation marks, after the words that introduce it", () => {
    expect(proposeStatementFor(seed, "intérêts légitimes")).toMatch(/^Pour vous aider à bénéficier de ces expériences, nous allons désormais nous appuyer sur la base légale appelée intérêts légitimes/);
    expect(proposeStatementFor(seed, "24 mai 2024")).toBe("Le 24 mai 2024, une notification Facebook est apparue “Nous sommes en train de développer des outils IA pour vous”.");
  });

  it("is at most 280 characters, cut at a word, and one line", () => {
    const long = `Le rapport dit que ${"les dépenses ont augmenté ".repeat(20)}de 12 %.`;
    const statement = proposeStatement(long, long.indexOf("12 %"), long.indexOf("12 %") + 4);
    expect(statement.length).toBeLessThanOrEqual(MAX_STATEMENT_CHARS);
    expect(statement.endsWith("…")).toBe(true);
    expect(proposeStatementFor("Une ligne\navec 5 %\net une autre", "5 %")).toBe("Avec 5 %.");
  });

  it("falls back on the span itself when it is not in the text", () => {
    expect(proposeStatementFor("Autre chose.", "le 26 juin 2024")).toBe("Le 26 juin 2024.");
  });
});
