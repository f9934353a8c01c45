import { expect, test } from "vitest";
import { domainOf } from "./domain-of";

test.each([
  { url: "https://www.harbour-times.example/world/1", expected: "harbour-times.example" },
  { url: "https://News.Example.ORG/a", expected: "news.example.org" },
  { url: "http://127.0.0.1:8080/a", expected: undefined },
  { url: "http://[::1]/a", expected: undefined },
  { url: "not a url", expected: undefined },
])("$url → $expected", ({ url, expected }) => {
  expect(domainOf(url)).toBe(expected);
});
