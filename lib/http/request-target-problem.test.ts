import { expect, test } from "vitest";
import { requestTargetProblem } from "./request-target-problem";

test.each([
  { target: "/events/valencia-flood?disputed=1", ok: true },
  { target: "/articles/K%C3%B6ln", ok: true },
  { target: "/api/users/abc%00def/sign-out-everywhere", ok: true },
  { target: "/events?outlet=%89", ok: true },
  { target: "/api/users/%89PNG/sign-out-everywhere", ok: false },
  { target: "/events/%E0%A4%A", ok: false },
  { target: "/events/%", ok: false },
])("$target: routable $ok", ({ target, ok }) => {
  expect(requestTargetProblem(target) === null).toBe(ok);
});
