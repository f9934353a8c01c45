import { expect, test } from "vitest";
import { isCommonPassword, passwordProblem } from "./password-rule";

test.each([
  { label: "ten spaces", password: " ".repeat(10), refused: /not only spaces/ },
  { label: "nine characters", password: "kx7#mq2Lp", refused: /at least 10 characters/ },
  { label: "one letter ten times", password: "aaaaaaaaaa", refused: /4 different characters/ },
  { label: "a common password", password: "qwertyuiop", refused: /most common/ },
  { label: "a common password in capitals", password: "QWERTYUIOP", refused: /most common/ },
  { label: "a common word with digits and a sign appended", password: "Football2024!", refused: /most common/ },
  { label: "digits in a row", password: "1234567890", refused: /most common/ },
  { label: "257 characters", password: "xQ3!".repeat(65).slice(0, 257), refused: /at most 256/ },
  { label: "a passphrase", password: "river lantern quietly 42", refused: null },
  { label: "random characters", password: "t7#Kq9!vLm2@", refused: null },
  { label: "the end-to-end tests' demo password", password: "e2e-demo-password", refused: null },
])("$label", ({ password, refused }) => {
  const problem = passwordProblem(password);
  if (refused) expect(problem).toMatch(refused);
  else expect(problem).toBeNull();
});

test("the list is the maintained one, not a handful of words", () => {
  for (const password of ["123456", "password", "iloveyou", "sunshine", "trustno1"]) expect(isCommonPassword(password)).toBe(true);
  expect(isCommonPassword("kettle-orbit-sparrow")).toBe(false);
});
