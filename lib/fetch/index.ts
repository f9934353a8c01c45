export { EMPTY_ALLOW_LIST, isAllowedAddress, isAllowedHost, parseAllowList, type FetchAllowList } from "./allow-list";
export { checkAddress, type AddressVerdict } from "./check-address";
export { checkUrl, MAX_URL_LENGTH, PORT_RULE } from "./check-url";
export { FetchFailedError, FetchRefusedError } from "./fetch-errors";
export { ACCEPTED_MEDIA_TYPES, fetchPage, parseContentType, type FetchedPage, type FetchPageOptions, type Resolve } from "./fetch-page";
