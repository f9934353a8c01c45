"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";
import type { ClaimChoice } from "./claim-choices";

const subscribeToNothing = () => () => {};

/**
 * The two claims shown side by side, each chosen from one list of the facet's claims. The list
 * travels once, as compact props shared by both menus; the server's HTML holds only the chosen
 * claim of each (a facet of 500 claims would otherwise send 1,000 options twice), and the menus
 * get every claim once the page runs.
 */
export function PairChooser({ facetHref, a, b, choices }: { facetHref: string; a: ClaimChoice; b: ClaimChoice; choices: ClaimChoice[] }) {
  // False while rendering on the server and hydrating (so the HTML holds one option a menu), true after.
  const hydrated = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  return (
    <form method="get" action={facetHref} className="flex flex-wrap items-end gap-3 text-sm" aria-label="Choose two claims">
      <input type="hidden" name="view" value="two" />
      {(
        [
          ["a", "Left", a],
          ["b", "Right", b],
        ] as const
      ).map(([side, name, chosen]) => (
        <label key={side} className="flex flex-col gap-1">
          <span className="text-xs text-stone-600">{name}</span>
          <select name={side} defaultValue={chosen[0]} className="max-w-80 rounded-md border border-stone-300 bg-white px-2 py-1">
            {(hydrated ? choices : [chosen]).map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-1.5 font-medium hover:bg-stone-100">
        Compare
      </button>
      <Link href={`${facetHref}?view=two&a=${b[0]}&b=${a[0]}`} className="py-1.5 text-indigo-800">
        Swap sides
      </Link>
    </form>
  );
}
