"use client";

import { useEffect } from "react";

const MOVES: Record<string, [row: number, column: number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * Arrow keys move between the cells of the matrix grid (to the cell's first link, else the cell),
 * as a grid promises to keyboard and screen-reader users. Home/End go to the row's first/last cell.
 */
export function MatrixKeys({ gridId }: { gridId: string }) {
  useEffect(() => {
    const grid = document.getElementById(gridId);
    if (!grid) return;
    // Cells take the focus only from these keys; set here, not in each of hundreds of cells' markup.
    for (const cell of grid.querySelectorAll<HTMLTableCellElement>("tbody td")) cell.tabIndex = -1;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const cell = (event.target as HTMLElement).closest("td, th");
      const row = cell?.parentElement;
      if (!cell || !(row instanceof HTMLTableRowElement) || row.parentElement?.tagName !== "TBODY") return;
      const rows = [...(row.parentElement?.children ?? [])] as HTMLTableRowElement[];
      const rowIndex = rows.indexOf(row);
      const column = [...row.cells].indexOf(cell as HTMLTableCellElement);
      let target: HTMLTableCellElement | undefined;
      if (event.key === "Home") target = row.cells[1];
      else if (event.key === "End") target = row.cells[row.cells.length - 1];
      else {
        const move = MOVES[event.key];
        if (!move) return;
        target = rows[rowIndex + move[0]]?.cells[column + move[1]];
      }
      if (!target) return;
      event.preventDefault();
      (target.querySelector<HTMLElement>("a") ?? target).focus();
    };
    grid.addEventListener("keydown", onKey);
    return () => grid.removeEventListener("keydown", onKey);
  }, [gridId]);
  return null;
}
