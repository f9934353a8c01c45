/** The four degrees of certainty of a claim, as a labelled select (the reader's "mark a claim" and the card's "correct"). */
export function CertaintyField({ defaultValue, className }: { defaultValue: "stated" | "reported" | "hedged" | "denied"; className: string }) {
  return (
    <label>
      Certainty
      <select name="certainty" defaultValue={defaultValue} className={className}>
        <option value="stated">stated</option>
        <option value="reported">reported</option>
        <option value="hedged">hedged</option>
        <option value="denied">denied</option>
      </select>
    </label>
  );
}
