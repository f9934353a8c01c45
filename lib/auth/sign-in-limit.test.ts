import { expect, test } from "vitest";
import { clientAddress, signInRefusal, SIGN_IN_LIMITS } from "./sign-in-limit";

test.each([
  { label: "first attempt", counts: { forAccount: 1, forAddress: 1 }, refused: false },
  { label: "at the account limit", counts: { forAccount: SIGN_IN_LIMITS.perAccount, forAddress: 1 }, refused: false },
  { label: "past the account limit", counts: { forAccount: SIGN_IN_LIMITS.perAccount + 1, forAddress: 1 }, refused: true },
  { label: "past the address limit", counts: { forAccount: 1, forAddress: SIGN_IN_LIMITS.perAddress + 1 }, refused: true },
  { label: "no address known", counts: { forAccount: 1, forAddress: null }, refused: false },
])("$label: refused $refused", ({ counts, refused }) => {
  expect(signInRefusal(counts) !== null).toBe(refused);
});

test.each([
  { header: "203.0.113.7, 10.0.0.1", expected: "203.0.113.7" },
  { header: " 2001:db8::1 ", expected: "2001:db8::1" },
  { header: "", expected: null },
  { header: null, expected: null },
])("client address of '$header'", ({ header, expected }) => {
  expect(clientAddress(header)).toBe(expected);
});
