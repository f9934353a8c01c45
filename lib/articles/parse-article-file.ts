import { z } from "zod";
import { parse as parseYaml } from "yaml";
import { articleLengthProblem } from "./article-limits";
import { contentHash } from "./content-hash";
import { detectLanguage } from "./detect-language";
import { headlineOf } from "./headline-of";
import { readPlainFrontMatter } from "./read-plain-front-matter";
import { domainOf } from "./domain-of";
import {
  articleTitleSchema,
  frontMatterSchema,
  oversizeReason,
  type FrontMatter,
  type OutletInput,
  type ParseResult,
} from "./schema";

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Reads one article file (`.txt` or `.md`, optional YAML front matter) into an article to
 * store. Never throws: a file that is empty, binary, not UTF-8, too large or has invalid front
 * matter yields `{ ok: false, reason }` with a one-line reason for the person importing it.
 */
export function parseArticleFile(bytes: Uint8Array): ParseResult {
  const oversize = oversizeReason(bytes.byteLength);
  if (oversize) return refuse(oversize);
  if (bytes.includes(0)) return refuse("binary file (contains NUL bytes), not text");
  let raw: string;
  try {
    raw = utf8.decode(bytes);
  } catch {
    return refuse("not valid UTF-8 text; save it as UTF-8 and import again");
  }
  // One spelling per text, so the same article saved by different editors hashes the same.
  const normalized = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").normalize("NFC");
  if (hasMostlyControlCharacters(normalized)) return refuse("binary file, not text");

  const split = splitFrontMatter(normalized);
  if (!split.ok) return split;
  const text = split.body.replace(/^\s*\n/, "").trimEnd();
  if (text.trim().length === 0) return refuse("empty: no article text");
  const tooLong = articleLengthProblem(text);
  if (tooLong) return refuse(tooLong);

  const meta = split.frontMatter;
  const title = meta.title ?? headlineOf(text);
  if (!title) return refuse("no headline: the file has no words");
  const headline = articleTitleSchema.safeParse(title);
  if (!headline.success) return refuse(`headline: ${headline.error.issues[0]?.message ?? "not a title"}`);
  return {
    ok: true,
    article: {
      title,
      url: meta.url,
      outlet: outletFrom(meta),
      author: meta.author,
      publishedAt: meta.published,
      language: meta.language ?? detectLanguage(text),
      text,
      contentHash: contentHash(text),
    },
  };
}

function refuse(reason: string): ParseResult {
  return { ok: false, reason };
}

function splitFrontMatter(
  text: string,
): { ok: true; frontMatter: FrontMatter; body: string } | { ok: false; reason: string } {
  const fail = (reason: string) => ({ ok: false as const, reason });
  const match = FRONT_MATTER.exec(text);
  if (!match) return { ok: true, frontMatter: {}, body: text };
  let data: unknown = readPlainFrontMatter(match[1] ?? "");
  try {
    data ??= parseYaml(match[1] ?? "") ?? {};
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : "";
    return fail(`front matter is not valid YAML: ${detail}`);
  }
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
    return fail(`front matter ${where}${issue?.message ?? z.prettifyError(parsed.error)}`);
  }
  return { ok: true, frontMatter: parsed.data, body: text.slice(match[0].length) };
}

function outletFrom(meta: FrontMatter): OutletInput | undefined {
  if (typeof meta.outlet === "object") return meta.outlet;
  const domain = meta.url ? domainOf(meta.url) : undefined;
  if (typeof meta.outlet === "string") return { name: meta.outlet, domain };
  // A URL alone still says who published it.
  return domain ? { name: domain, domain } : undefined;
}

// Text files hold almost no C0 control characters besides newline and tab; images, archives
// and office files that happen to lack NUL bytes and decode as UTF-8 are full of them.
function hasMostlyControlCharacters(text: string): boolean {
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 32 && code !== 10 && code !== 9 && code !== 12) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}
