import { z } from "zod";

/** The longest web address we keep: browsers, servers and proxies all handle 2,048 characters. */
export const MAX_WEB_ADDRESS_LENGTH = 2048;

/**
 * A web address people may follow from the app (an article's original): http or https only, at
 * most 2,048 characters, and without a user name or password in it. Credentials in an address
 * end up in every browser history, log and export that shows it, and `https://bank.example@evil.example`
 * reads as one site while leading to another.
 */
export const webAddressSchema = z
  .string()
  .trim()
  .max(MAX_WEB_ADDRESS_LENGTH, `a web address may have at most ${MAX_WEB_ADDRESS_LENGTH} characters`)
  .pipe(z.url({ protocol: /^https?$/, message: "use a web address that starts with http:// or https://" }))
  .refine((address) => !hasCredentials(address), "a web address may not carry a user name or password");

function hasCredentials(address: string): boolean {
  // zod runs this check after the URL check has already refused an address that does not parse.
  if (!URL.canParse(address)) return false;
  const url = new URL(address);
  return url.username !== "" || url.password !== "";
}
