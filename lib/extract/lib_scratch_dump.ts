import fs from "node:fs";
import { fixtures } from "./fixtures";
for (const lang of ["de", "en"] as const) fs.writeFileSync(`/tmp/extract-fixtures-${lang}.txt`, fixtures.filter((f) => f.language === lang).map((f) => f.text).join("\n\n"));
