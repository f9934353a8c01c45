"use client";

import { useEffect } from "react";

const TARGETS: Record<string, { selector: string; forward: boolean }> = {
  j: { selector: "[data-claim]", forward: true },
  k: { selector: "[data-claim]", forward: false },
  n: { selector: "[data-diff]", forward: true },
  p: { selector: "[data-diff]", forward: false },
};

/** True while the person is typing, when letters must stay letters. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest("input, textarea, select, [contenteditable]") !== null);
}

/**
 * `j`/`k`: next/previous claim card; `n`/`p`: next/previous highlighted difference. Moves focus
 * (so screen readers follow) and scrolls the target into view. "Next" is counted from the focused
 * element, or from the claim named in the address (#claim-…), or from the top.
 */
export function ClaimKeys() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const target = TARGETS[event.key];
      if (!target) return;
      const items = [...document.querySelectorAll<HTMLElement>(target.selector)];
      if (items.length === 0) return;
      const from = document.activeElement && document.activeElement !== document.body ? document.activeElement : document.querySelector(":target");
      const next = pick(items, from, target.forward, target.selector);
      if (!next) return;
      event.preventDefault();
      next.focus({ preventScroll: true });
      const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      next.scrollIntoView({ block: "center", behavior: reduced ? "auto" : "smooth" });
      if (next.id) history.replaceState(null, "", `#${next.id}`);
    };
    // Arriving from a matrix cell (#claim-…): the claim gets the focus, so the keys and a screen
    // reader start there. A client-side navigation does not set :target, so this is done here.
    const focusNamed = () => {
      const named = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
      if (named?.matches("[data-claim]") && !named.contains(document.activeElement)) named.focus();
    };
    focusNamed();
    document.addEventListener("keydown", onKey);
    window.addEventListener("hashchange", focusNamed);
    return () => {
      document.removeEventListener("keydown", onKey);
      window.removeEventListener("hashchange", focusNamed);
    };
  }, []);
  return null;
}

function pick(items: HTMLElement[], from: Element | null, forward: boolean, selector: string): HTMLElement | undefined {
  if (!from) return forward ? items[0] : items.at(-1);
  // Inside an item (a button on a claim card), that item is the current one.
  const current = from.closest<HTMLElement>(selector);
  if (current) {
    const index = items.indexOf(current);
    return items[forward ? index + 1 : index - 1];
  }
  const after = (item: HTMLElement) => Boolean(from.compareDocumentPosition(item) & Node.DOCUMENT_POSITION_FOLLOWING);
  return forward ? items.find(after) : items.filter((item) => !after(item) && !item.contains(from)).at(-1);
}
