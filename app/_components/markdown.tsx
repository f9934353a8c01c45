import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";

// The only place that renders markdown written by people (notes, replies, verdicts). Raw HTML in
// the source is dropped, not rendered (react-markdown's `skipHtml`); the tree is sanitized
// (rehype-sanitize, GitHub's allow-list, images removed so a note cannot load a tracking pixel);
// links keep only safe schemes (react-markdown's URL check) and open without handing over the
// page. React renders the result as elements, so no HTML string is ever injected.

const schema = { ...defaultSchema, tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== "img") };

const components: Components = {
  a: ({ href, children }) => (
    <a href={href} rel="noopener noreferrer nofollow ugc" target="_blank" className="text-indigo-800 underline">
      {children}
    </a>
  ),
  p: ({ children }) => <p className="not-first:mt-2">{children}</p>,
  ul: ({ children }) => <ul className="mt-2 list-disc pl-5">{children}</ul>,
  ol: ({ children }) => <ol className="mt-2 list-decimal pl-5">{children}</ol>,
  blockquote: ({ children }) => <blockquote className="mt-2 border-l-2 border-stone-300 pl-2 text-stone-600">{children}</blockquote>,
  code: ({ children }) => <code className="rounded bg-stone-100 px-1 font-mono text-[0.9em]">{children}</code>,
  h1: ({ children }) => <p className="mt-2 font-semibold">{children}</p>,
  h2: ({ children }) => <p className="mt-2 font-semibold">{children}</p>,
  h3: ({ children }) => <p className="mt-2 font-semibold">{children}</p>,
};

/** Markdown a person wrote, shown safely. */
export function Markdown({ children, className }: { children: string; className?: string }) {
  return (
    <div className={className}>
      <ReactMarkdown skipHtml rehypePlugins={[[rehypeSanitize, schema]]} components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
