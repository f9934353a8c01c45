import { describe, expect, test } from "vitest";
import { findFormById, findForms, multipart } from "./html-forms";

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

describe("findFormById", () => {
  const html =
    '<article><button type="submit" form="review" name="review" value="confirmed:c1:2">Confirm</button>' +
    '<button type="submit" form="elsewhere" name="review" value="rejected:c1:2">Reject</button><button type="button">Correct</button></article>' +
    '<form id="review" action="" method="POST"><input type="hidden" name="$ACTION_KEY" value="k0"/><input type="hidden" name="slug" value="ev"/></form>' +
    '<button type="submit" name="review" form="review" value="rejected:c2:5">Reject</button>';

  test("reads the form's hidden inputs and every button on the page that submits it", () => {
    expect(findFormById(html, "review")).toEqual({
      label: "",
      hidden: [
        ["$ACTION_KEY", "k0"],
        ["slug", "ev"],
      ],
      buttons: [
        { name: "review", value: "confirmed:c1:2" },
        { name: "review", value: "rejected:c2:5" },
      ],
    });
  });

  test("Null case: no form with that id", () => {
    expect(findFormById(html, "elsewhere")).toBeNull();
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
