/** A form of a page as a browser without JavaScript would submit it. */
export type HtmlForm = {
  /** The form's aria-label. */
  label: string;
  /** Its hidden inputs, in order (React's `$ACTION_…` fields among them). */
  hidden: [string, string][];
  /** Its submit buttons' name and value. */
  buttons: { name: string; value: string }[];
};

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#x27": "'", "#39": "'" };
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, name: string) => ENTITIES[name] ?? "");
const attribute = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? unescape(match[1]!) : null;
};

/**
 * The forms of a server-rendered page labelled `label` (aria-label), or, when `label` is a
 * pattern, whose aria-label or aria-labelledby matches it; read with regular expressions: enough
 * for the markup React writes, which quotes every attribute and never nests forms.
 */
export function findForms(html: string, label: string | RegExp): HtmlForm[] {
  const forms: HtmlForm[] = [];
  for (const [form] of html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)) {
    const open = /^<form\b[^>]*>/.exec(form)![0];
    const named = attribute(open, "aria-label") ?? attribute(open, "aria-labelledby") ?? "";
    if (typeof label === "string" ? attribute(open, "aria-label") !== label : !label.test(named)) continue;
    const hidden: [string, string][] = [];
    for (const [input] of form.matchAll(/<input\b[^>]*>/g)) {
      const name = attribute(input, "name");
      if (attribute(input, "type") === "hidden" && name !== null) hidden.push([name, attribute(input, "value") ?? ""]);
    }
    const buttons: HtmlForm["buttons"] = [];
    for (const [button] of form.matchAll(/<button\b[^>]*>/g)) {
      const name = attribute(button, "name");
      if (name !== null) buttons.push({ name, value: attribute(button, "value") ?? "" });
    }
    forms.push({ label: named, hidden, buttons });
  }
  return forms;
}

/**
 * The form with this id, as findForms reads a form, with the submit buttons inside it and those
 * anywhere on the page that name it in their `form` attribute (the facet view's cards submit its
 * one review form so); null when the page has no such form.
 */
export function findFormById(html: string, id: string): HtmlForm | null {
  const form = [...html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)].map(([f]) => f).find((f) => attribute(/^<form\b[^>]*>/.exec(f)![0], "id") === id);
  if (!form) return null;
  const [found] = findForms(form, /^/);
  const named: HtmlForm["buttons"] = [];
  for (const [button] of html.matchAll(/<button\b[^>]*>/g)) {
    const name = attribute(button, "name");
    if (attribute(button, "form") === id && name !== null) named.push({ name, value: attribute(button, "value") ?? "" });
  }
  return { ...found!, buttons: [...found!.buttons, ...named] };
}

/** The fields as a multipart/form-data body (RFC 7578), with its boundary. */
export function multipart(fields: readonly [string, string][]): { body: string; contentType: string } {
  const boundary = `----claimdiff-bench-${Math.random().toString(16).slice(2)}`;
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { body: `${parts.join("")}--${boundary}--\r\n`, contentType: `multipart/form-data; boundary=${boundary}` };
}
