import { AppError } from "../errors";

/**
 * A URL the server will not fetch, or a page it will not use, with the reason in words for the
 * person who gave it. Trying again gives the same answer.
 */
export class FetchRefusedError extends AppError {
  constructor(readonly url: string, reason: string) {
    super("INVALID", `${url} was not fetched: ${reason}.`);
    this.name = "FetchRefusedError";
  }
}

/** A fetch that failed on the way (a timeout, a reset connection, a 5xx): trying later may work. */
export class FetchFailedError extends AppError {
  constructor(readonly url: string, reason: string) {
    super("INVALID", `${url} could not be fetched: ${reason}.`);
    this.name = "FetchFailedError";
  }
}
