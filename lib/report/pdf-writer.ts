import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import PDFDocument from "pdfkit";

// The only importer of pdfkit: the report's layout (render-pdf.ts) speaks in runs of styled text,
// rows and shapes; this module turns them into pages. Text is laid out here rather than by
// pdfkit's own wrapper so that a highlighted word gets its box drawn exactly behind it, and so
// that every page break is ours (pdfkit's wrapper adds pages on its own).

/** A run of text and how it looks. */
export type PdfRun = {
  text: string;
  bold?: boolean;
  italic?: boolean;
  mono?: boolean;
  /** Drawn on the report's highlight colour (the differing words of a quote). */
  highlight?: boolean;
  color?: string;
  href?: string;
};

export type PdfTextStyle = { size?: number; color?: string; lineGap?: number };
export type PdfColumn = { header: string; width: number };

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 54, bottom: 58, left: 50, right: 50 };
const INK = "#1c1917";
const MUTED = "#57534e";
const LINE = "#d6d3d1";
const HIGHLIGHT = "#fde68a";

// Geist from the `geist` npm package: it has the German (and Cyrillic, Greek) letters and the
// typographic quotes, and is embedded (subset) in every PDF, so no reader needs it installed.
const FONT_FILES = {
  regular: "geist-sans/Geist-Regular.ttf",
  bold: "geist-sans/Geist-Bold.ttf",
  italic: "geist-sans/Geist-Italic.ttf",
  boldItalic: "geist-sans/Geist-BoldItalic.ttf",
  mono: "geist-mono/GeistMono-Regular.ttf",
} as const;
type FontName = keyof typeof FONT_FILES;

let fontBytes: Record<FontName, Buffer> | null = null;

/** The font files, read once. Resolved from the app's own node_modules, so a bundler need not know them. */
function fonts(): Record<FontName, Buffer> {
  if (!fontBytes) {
    const require = createRequire(pathToFileURL(path.join(process.cwd(), "package.json")));
    const dir = path.join(path.dirname(require.resolve("geist/font/sans")), "fonts");
    fontBytes = Object.fromEntries(
      Object.entries(FONT_FILES).map(([name, file]) => [name, readFileSync(path.join(dir, file))]),
    ) as Record<FontName, Buffer>;
  }
  return fontBytes;
}

type Token = { text: string; run: PdfRun; width: number; space: boolean; newline?: boolean };
type Line = { tokens: Token[]; width: number };

/** A4 pages of laid-out text, tables and drawings, with a running footer; streamed as it is written. */
export class PdfWriter {
  private readonly doc: PDFKit.PDFDocument;
  private pageNumber = 1;
  private chunks: Buffer[] = [];
  /** Widths at 1 pt by font and text: a report measures the same words thousands of times. */
  private readonly widths = new Map<string, number>();
  private readonly ended: Promise<void>;
  /** Where the next block starts, in points from the top of the page. */
  y = MARGIN.top;
  readonly left = MARGIN.left;
  readonly width = A4.width - MARGIN.left - MARGIN.right;

  constructor(meta: { title: string; subject: string; language: string; footer: (page: number) => string }) {
    const files = fonts();
    this.doc = new PDFDocument({
      size: "A4",
      margins: MARGIN,
      autoFirstPage: true,
      // No default font: pdfkit would otherwise load Helvetica, and a default opened from the same
      // file as a registered font makes it re-read that font on every switch (its cache is skipped).
      font: null as unknown as string,
      lang: meta.language,
      displayTitle: true,
      info: { Title: meta.title, Subject: meta.subject, Author: "Claimdiff", Creator: "Claimdiff", Producer: "Claimdiff (pdfkit)" },
    });
    this.doc.on("data", (chunk: Buffer) => this.chunks.push(chunk));
    this.ended = new Promise((resolve, reject) => {
      this.doc.on("end", resolve);
      this.doc.on("error", reject);
    });
    for (const [name, bytes] of Object.entries(files)) this.doc.registerFont(name, bytes);
    const footer = () => {
      // Below the bottom margin: drawn without pdfkit's wrapper, which would start a new page.
      const y = A4.height - MARGIN.bottom + 22;
      this.doc.font("regular").fontSize(7.5).fillColor(MUTED);
      this.doc.text(meta.footer(this.pageNumber), this.left, y, { lineBreak: false });
      const number = String(this.pageNumber);
      this.doc.text(number, this.left + this.width - this.doc.widthOfString(number), y, { lineBreak: false });
    };
    footer();
    this.doc.on("pageAdded", () => {
      this.pageNumber += 1;
      footer();
    });
  }

  /** The bytes written since the last call: pdfkit writes a page out once the next one starts. */
  take(): Buffer[] {
    const taken = this.chunks;
    this.chunks = [];
    return taken;
  }

  /** Finishes the document; the rest of its bytes are then in `take()`. */
  async end(): Promise<void> {
    this.doc.end();
    await this.ended;
  }

  private get bottom(): number {
    return A4.height - MARGIN.bottom;
  }

  /** Starts a new page when fewer than `height` points are left on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.y = MARGIN.top;
  }

  space(points: number): void {
    this.y = Math.min(this.y + points, this.bottom);
  }

  /** A heading, kept with at least `keepWith` points of what follows. */
  heading(text: string, size: number, options: { keepWith?: number; color?: string; rule?: boolean } = {}): void {
    const height = this.measure([{ text, bold: true }], this.width, size);
    if (options.rule && this.y > MARGIN.top) this.y += size * 0.6;
    this.ensure(height + (options.keepWith ?? 60));
    this.write([{ text, bold: true, color: options.color }], { size }, this.left, this.width);
    if (options.rule) {
      this.doc.moveTo(this.left, this.y + 2).lineTo(this.left + this.width, this.y + 2).lineWidth(1.2).strokeColor(INK).stroke();
      this.y += 8;
    } else {
      this.y += size * 0.35;
    }
  }

  /** Wrapped text across the content width (or from `indent`), breaking pages between lines. */
  paragraph(runs: readonly PdfRun[], style: PdfTextStyle = {}, indent = 0): void {
    const size = style.size ?? 9.5;
    for (const line of this.layout(runs, this.width - indent, size)) {
      const height = size * 1.25 + (style.lineGap ?? 1.5);
      this.ensure(height);
      this.drawLine(line, this.left + indent, this.y, size, style.color);
      this.y += height;
    }
    this.y += size * 0.4;
  }

  /** A block with a coloured bar on its left and a tinted background (a verdict). */
  callout(paragraphs: readonly (readonly PdfRun[])[], colour: string, tint: string, size = 9.5): void {
    const inner = this.width - 16;
    const height = paragraphs.reduce((h, runs) => h + this.measure(runs, inner, size) + size * 0.4, 0) + 10;
    this.ensure(Math.min(height, this.bottom - MARGIN.top));
    const top = this.y;
    this.doc.rect(this.left, top, this.width, height).fillColor(tint).fill();
    this.doc.rect(this.left, top, 3, height).fillColor(colour).fill();
    this.y += 6;
    for (const runs of paragraphs) {
      this.write(runs, { size }, this.left + 12, inner);
      this.y += size * 0.4;
    }
    this.y = top + height + 8;
  }

  /** Label/value boxes, `perRow` to a row (the summary). */
  boxes(items: readonly [string, string][], perRow: number): void {
    const gap = 6;
    const width = (this.width - gap * (perRow - 1)) / perRow;
    for (let i = 0; i < items.length; i += perRow) {
      const row = items.slice(i, i + perRow);
      const height = Math.max(...row.map(([label, value]) => this.measure([{ text: label }], width - 12, 7) + this.measure([{ text: value, bold: true }], width - 12, 11))) + 12;
      this.ensure(height + gap);
      row.forEach(([label, value], j) => {
        const x = this.left + j * (width + gap);
        this.doc.roundedRect(x, this.y, width, height, 3).lineWidth(0.6).strokeColor(LINE).stroke();
        const y = this.y;
        this.write([{ text: label, color: MUTED }], { size: 7 }, x + 6, width - 12, y + 5);
        this.write([{ text: value, bold: true }], { size: 11 }, x + 6, width - 12, y + 5 + this.measure([{ text: label }], width - 12, 7));
        this.y = y;
      });
      this.y += height + gap;
    }
    this.y += 4;
  }

  /**
   * A table: a header row repeated on every page it spans, cells of wrapped runs (a cell may hold
   * several paragraphs), rows never split, a hairline under each. `swatch` draws a colour mark
   * before a cell's text (a claim's standing).
   */
  table(columns: readonly PdfColumn[], rows: readonly (readonly (readonly PdfRun[])[])[], size = 8.5): void {
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const pad = 3;
    const header = () => {
      const height = Math.max(...columns.map((c, i) => this.measure([{ text: c.header.toUpperCase(), bold: true }], widths[i]! - 2 * pad, 6.5))) + 2 * pad;
      const top = this.y;
      columns.forEach((c, i) => this.write([{ text: c.header.toUpperCase(), bold: true, color: MUTED }], { size: 6.5 }, xs[i]! + pad, widths[i]! - 2 * pad, top + pad));
      this.y = top + height;
      this.hairline(0.8, "#a8a29e");
    };
    this.ensure(40);
    header();
    for (const row of rows) {
      const height = Math.max(...row.map((cell, i) => this.measure(cell, widths[i]! - 2 * pad, size))) + 2 * pad;
      if (this.y + height > this.bottom) {
        this.newPage();
        header();
      }
      const top = this.y;
      row.forEach((cell, i) => this.write(cell, { size }, xs[i]! + pad, widths[i]! - 2 * pad, top + pad));
      this.y = top + height;
      this.hairline(0.4, LINE);
    }
    this.y += 6;
  }

  /** A small filled square, for a colour key drawn beside text at the current line. */
  swatch(colour: string, x: number, y: number, size = 6): void {
    this.doc.rect(x, y, size, size).fillColor(colour).fill();
  }

  /** Draws with pdfkit's vector primitives inside a box of `height` points at the current position. */
  drawing(height: number, draw: (canvas: PdfCanvas) => void): void {
    this.ensure(height);
    const canvas: PdfCanvas = {
      origin: { x: this.left, y: this.y },
      line: (x1, y1, x2, y2, colour, width = 0.6) => void this.doc.moveTo(x1, y1).lineTo(x2, y2).lineWidth(width).strokeColor(colour).stroke(),
      rect: (x, y, w, h, colour) => void this.doc.rect(x, y, w, h).fillColor(colour).fill(),
      circle: (x, y, r, fill, stroke) => {
        this.doc.circle(x, y, r);
        if (stroke) this.doc.lineWidth(1.2).fillAndStroke(fill, stroke);
        else this.doc.fillColor(fill).fill();
      },
      polygon: (points, colour) => void this.doc.polygon(...points).fillColor(colour).fill(),
      text: (text, x, y, options) => {
        this.doc.font(options.bold ? "bold" : "regular").fontSize(options.size).fillColor(options.color ?? INK);
        const width = this.doc.widthOfString(text);
        const left = options.anchor === "end" ? x - width : options.anchor === "middle" ? x - width / 2 : x;
        this.doc.text(text, left, y - options.size * 0.8, { lineBreak: false });
      },
    };
    draw(canvas);
    this.y += height;
  }

  hairline(width: number, colour: string): void {
    this.doc.moveTo(this.left, this.y).lineTo(this.left + this.width, this.y).lineWidth(width).strokeColor(colour).stroke();
  }

  /** The height `runs` take when wrapped to `width` at `size`. */
  measure(runs: readonly PdfRun[], width: number, size: number): number {
    return this.layout(runs, width, size).length * (size * 1.25 + 1.5);
  }

  /** Writes wrapped runs at (x, y ?? this.y) within `width`, moving this.y below them; no page break. */
  write(runs: readonly PdfRun[], style: PdfTextStyle, x: number, width: number, y = this.y): void {
    const size = style.size ?? 9.5;
    let top = y;
    for (const line of this.layout(runs, width, size)) {
      this.drawLine(line, x, top, size, style.color);
      top += size * 1.25 + 1.5;
    }
    this.y = top;
  }

  /** The width of `text` in `font` at `size`; pdfkit's own measure shapes the text every time. */
  private widthOf(font: FontName, text: string, size: number): number {
    const key = `${font}\u0000${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = this.doc.font(font).fontSize(1).widthOfString(text);
      this.widths.set(key, width);
    }
    return width * size;
  }

  private fontOf(run: PdfRun): FontName {
    if (run.mono) return "mono";
    if (run.bold) return run.italic ? "boldItalic" : "bold";
    return run.italic ? "italic" : "regular";
  }

  /** Greedy line filling over words; a word wider than the line is cut where it must. */
  private layout(runs: readonly PdfRun[], width: number, size: number): Line[] {
    const tokens: Token[] = [];
    for (const run of runs) {
      const font = this.fontOf(run);
      // A line break in a run starts a new line (a cell's second line); other whitespace is a space.
      for (const piece of run.text.replace(/[^\S\n]+/g, " ").split(/( |\n)/)) {
        if (piece === "") continue;
        if (piece === "\n") tokens.push({ text: "", run, width: 0, space: false, newline: true });
        else tokens.push({ text: piece, run, width: this.widthOf(font, piece, size), space: piece === " " });
      }
    }
    const lines: Line[] = [];
    let line: Line = { tokens: [], width: 0 };
    const push = () => {
      while (line.tokens.at(-1)?.space) line.width -= line.tokens.pop()!.width;
      if (line.tokens.length) lines.push(line);
      line = { tokens: [], width: 0 };
    };
    for (const token of tokens) {
      if (token.newline) {
        push();
        continue;
      }
      if (token.space && line.tokens.length === 0) continue;
      if (line.width + token.width <= width || token.space) {
        line.tokens.push(token);
        line.width += token.width;
        continue;
      }
      push();
      if (token.width <= width) {
        line.tokens.push(token);
        line.width = token.width;
        continue;
      }
      // A word longer than the line (a URL): cut it into pieces that fit.
      const font = this.fontOf(token.run);
      let rest = token.text;
      while (rest) {
        let n = rest.length;
        while (n > 1 && this.widthOf(font, rest.slice(0, n), size) > width) n -= 1;
        const piece = rest.slice(0, n);
        line.tokens.push({ ...token, text: piece, width: this.widthOf(font, piece, size) });
        line.width += line.tokens.at(-1)!.width;
        rest = rest.slice(n);
        if (rest) push();
      }
    }
    push();
    return lines;
  }

  /** One line: tokens of one look drawn together (so text extraction reads words with their spaces). */
  private drawLine(line: Line, x: number, y: number, size: number, colour?: string): void {
    let left = x;
    let i = 0;
    while (i < line.tokens.length) {
      const run = line.tokens[i]!.run;
      let text = "";
      let width = 0;
      while (i < line.tokens.length && line.tokens[i]!.run === run) {
        text += line.tokens[i]!.text;
        width += line.tokens[i]!.width;
        i += 1;
      }
      if (run.highlight && text.trim()) {
        const lead = text.length - text.trimStart().length;
        const offset = lead ? this.widthOf(this.fontOf(run), text.slice(0, lead), size) : 0;
        const drawn = this.widthOf(this.fontOf(run), text.trim(), size);
        this.doc.rect(left + offset - 1, y - 0.5, drawn + 2, size * 1.2).fillColor(HIGHLIGHT).fill();
      }
      this.doc.font(this.fontOf(run)).fontSize(size).fillColor(run.color ?? colour ?? INK);
      this.doc.text(text, left, y, { lineBreak: false, ...(run.href ? { link: run.href, underline: true } : {}) });
      left += width;
    }
  }
}

/** What a drawing may do, in page coordinates. */
export type PdfCanvas = {
  origin: { x: number; y: number };
  line(x1: number, y1: number, x2: number, y2: number, colour: string, width?: number): void;
  rect(x: number, y: number, w: number, h: number, colour: string): void;
  circle(x: number, y: number, r: number, fill: string, stroke?: string): void;
  polygon(points: [number, number][], colour: string): void;
  text(text: string, x: number, y: number, options: { size: number; anchor?: "start" | "middle" | "end"; color?: string; bold?: boolean }): void;
};
