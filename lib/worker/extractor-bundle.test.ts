import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, expect, test } from "vitest";
import { extractClaims } from "@/lib/extract";
import { findOrBuildExtractorBundle } from "./extractor-bundle";

const directory = mkdtempSync(path.join(os.tmpdir(), "claimdiff-bundle-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const manifestFile = path.join(directory, "extractor-bundle.json");
const readManifest = () => JSON.parse(readFileSync(manifestFile, "utf8")) as { bundle: string; inputs: Record<string, string> };

const SENTENCES = [
  { text: "Am Montag wurden nach Angaben der Feuerwehr rund 1.200 Menschen in Sicherheit gebracht.", context: { language: "de" as const, publishedAt: "2026-05-04" } },
  { text: "Officials said on Tuesday that at least 37 people had died and about 4,500 were left without power.", context: { language: "en" as const, publishedAt: "2026-05-05" } },
];

test("the bundled extractor finds the claims the extractor finds, and names every source file it was made from", async () => {
  const file = await findOrBuildExtractorBundle(directory);
  const bundled = (await import(pathToFileURL(file).href)) as { extractClaims: typeof extractClaims };
  for (const { text, context } of SENTENCES) expect(bundled.extractClaims(text, context)).toEqual(extractClaims(text, context));
  expect(Object.keys(readManifest().inputs)).toEqual(expect.arrayContaining(["lib/extract/index.ts", "lib/extract/extract-claims.ts", "lib/places/index.ts"]));
}, 60_000);

test("an unchanged bundle is found again, a bundle whose sources changed is made again", async () => {
  const file = await findOrBuildExtractorBundle(directory);
  const made = statSync(manifestFile).mtimeMs;
  expect(await findOrBuildExtractorBundle(directory)).toBe(file);
  expect(statSync(manifestFile).mtimeMs).toBe(made);
  // As if lib/extract/extract-claims.ts had been edited since the bundle was made.
  const manifest = readManifest();
  writeFileSync(manifestFile, JSON.stringify({ ...manifest, inputs: { ...manifest.inputs, "lib/extract/extract-claims.ts": "0000000000000000" } }));
  expect(await findOrBuildExtractorBundle(directory)).toBe(file);
  expect(readManifest()).toEqual(manifest);
}, 60_000);
