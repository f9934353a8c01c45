import fs from "node:fs";
import { extractClaims } from "./extract-claims";
import { tokenize } from "./tokenize";
const base = fs.readdirSync("/work/shared/seeds").map((f) => fs.readFileSync("/work/shared/seeds/" + f, "utf8")).join("\n\n");
const text = base.repeat(Math.ceil(4e6 / base.length));
const mode = process.argv[2];
for (let r = 0; r < 20; r++) { if (mode === "t") tokenize(text); else extractClaims(text, { language: "de", publishedAt: "2024-11-30" }); }
