import { describe, expect, test } from "vitest";
import { findForms, multipart } from "./html-forms";

describe("findForms", () => {
  const html =
    '<div><form action="" encType="multipart/form-data" method="POST" aria-label="Review this claim">' +
    '<input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;abc&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/>' +
    '<input type="hidden" name="slug" value="nk &amp; ru"/><input type="hidden" name="expectedVersion" value="3"/>' +
    '<input type="text" name="note" value="x"/>' +
    '<button type="submit" name="status" value="confirmed">Confirm</button><button type="submit" name="status" value="rejected">Reject</button>' +
    '</form><form aria-label="Delete this claim"><input type="hidden" name="claimId" value="c1"/></form></div>';

  test("reads the hidden inputs, unescaped, and the submit buttons of the forms with that label", () => {
    expect(findForms(html, "Review this claim")).toEqual([
      {
        label: "Review this claim",
        hidden: [
          ["$ACTION_1:0", '{"id":"abc","bound":"$@1"}'],
          ["slug", "nk & ru"],
          ["expectedVersion", "3"],
        ],
        buttons: [
          { name: "status", value: "confirmed" },
          { name: "status", value: "rejected" },
        ],
      },
    ]);
  });

  test("Null case: no form with that label", () => {
    expect(findForms(html, "Rename this facet")).toEqual([]);
  });
});

describe("multipart", () => {
  test("writes every field between boundaries, as a browser does", async () => {
    const { body, contentType } = multipart([
      ["claimId", "c1"],
      ["status", "confirmed"],
    ]);
    const parsed = await new Response(body, { headers: { "content-type": contentType } }).formData();
    expect([...parsed.entries()]).toEqual([
      ["claimId", "c1"],
      ["status", "confirmed"],
    ]);
  });
});
