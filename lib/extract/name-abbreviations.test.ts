import { describe, expect, test } from "vitest";
import { extractClaims } from "./extract-claims";
import { abbreviationsIn } from "./name-abbreviations";

describe("abbreviationsIn", () => {
  test("a name introduced with its abbreviation in parentheses, trimmed to the words it abbreviates", () => {
    const text = "LISBON — The centre-right Aliança Renovadora (AR) won. The National Election Commission (CNE) announced. Die sozialdemokratische Frente Trabalhista (FT) folgt.";
    expect([...abbreviationsIn(text)]).toEqual([
      ["aliança renovadora", "AR"],
      ["national election commission", "CNE"],
      ["frente trabalhista", "FT"],
    ]);
  });

  test("parentheses that are no abbreviation of the name before them are not one", () => {
    expect([...abbreviationsIn("Josef Wanninger (Freie Wähler) kam auf 9,8 Prozent. Anna Beispiel (SPD) sprach.")]).toEqual([]);
  });
});

describe("a holder under its abbreviation", () => {
  test("the long name and the abbreviation hold one share within the article", () => {
    const text = "Wahl\n\nDie Alliance for Renewal (AR) won 89 seats. Later the Alliance for Renewal won 91 seats, and the AR got 33.2%.";
    const holders = extractClaims(text, { language: "en", publishedAt: "2026-05-18" }).map((c) => c.qualifiers.join("+"));
    expect(holders).toEqual(["holder:ar", "holder:ar", "holder:ar"]);
  });
});
