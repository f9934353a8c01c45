/**
 * A client component's data as one JSON string. React's payload serializer visits every value of
 * an object prop, on the server for each request and again when the server renders the client
 * component's HTML (two passes with a callback per value); a string is one value to each, and
 * JSON.parse reads it natively. For large, plain data (no Dates, no undefined kept) that a page
 * works out once per read version: the string is made once and shared by its readers.
 */
export type JsonOf<T> = string & { readonly __jsonOf?: T };

export function toJsonProp<T>(value: T): JsonOf<T> {
  return JSON.stringify(value) as JsonOf<T>;
}

export function fromJsonProp<T>(json: JsonOf<T>): T {
  return JSON.parse(json) as T;
}
