// Elements whose text never belongs to an article, whatever the page put in them.
const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "button", "form", "select", "textarea", "nav", "aside", "footer", "canvas", "video", "audio", "picture", "img"]);

// Elements that start a new paragraph (one line each in a revision's text).
const BLOCKS = new Set(["p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr", "td", "th", "caption", "hr", "address", "details", "summary"]);

/**
 * The text of an element as paragraphs, one per line with a blank line between them (how our
 * article texts are written): block elements end a paragraph, `<br>` ends a line, runs of
 * whitespace become one space. Scripts, styles, forms, media and navigation contribute nothing:
 * only text nodes are read, so markup never becomes part of the text.
 */
export function htmlToText(root: Node): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const line = current.replace(/[ \t\f\r\u00a0]+/g, " ").replace(/ ?\n ?/g, "\n").trim();
    if (line) paragraphs.push(...line.split("\n").map((l) => l.trim()).filter(Boolean));
    current = "";
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      current += (node.nodeValue ?? "").replace(/\s+/g, " ");
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeType === 1 ? (node as Element).localName : "";
    if (SKIPPED.has(tag) || (node.nodeType === 1 && (node as Element).getAttribute("hidden") !== null)) return;
    if (tag === "br") {
      current += "\n";
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (block) flush();
  };
  visit(root);
  flush();
  return paragraphs.join("\n\n");
}
