import type { FigureStatus } from "@/lib/claims/schema";
import { labelsFor } from "@/lib/report/labels";

const STAGES: readonly FigureStatus[] = ["projection", "provisional", "planned", "final"];

/** The stage of its count a figure is said to be, as a labelled select; blank when the article says nothing of it (the card's "correct"). */
export function FigureStatusField({ defaultValue, className }: { defaultValue: FigureStatus | null; className: string }) {
  const { figureStatusOf } = labelsFor("en");
  return (
    <label>
      Stage of the figure
      <select name="figureStatus" defaultValue={defaultValue ?? ""} className={className}>
        <option value="">not said</option>
        {STAGES.map((stage) => (
          <option key={stage} value={stage}>
            {figureStatusOf[stage]}
          </option>
        ))}
      </select>
    </label>
  );
}
