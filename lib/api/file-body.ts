/**
 * A response that is a file rather than JSON (a report): its bytes as they are made, streamed to
 * the caller, with the type and the name to save it under.
 */
export class FileBody {
  constructor(
    readonly chunks: AsyncIterable<Uint8Array>,
    readonly mediaType: string,
    readonly fileName: string,
    /** `attachment` downloads it; `inline` shows it in the browser (a shared report). */
    readonly disposition: "attachment" | "inline" = "attachment",
  ) {}

  /** The response: streamed as the chunks come, so a large report starts arriving at once. */
  toResponse(status = 200): Response {
    const iterator = this.chunks[Symbol.asyncIterator]();
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const { value, done } = await iterator.next();
          if (done) controller.close();
          else controller.enqueue(value);
        } catch (error) {
          // Headers are gone already: all the caller can be told is that the body broke off.
          console.error(error);
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    });
    return new Response(stream, {
      status,
      headers: {
        "Content-Type": this.mediaType,
        "Content-Disposition": contentDisposition(this.disposition, this.fileName),
        "Cache-Control": "private, no-store",
      },
    });
  }
}

/** RFC 6266: a plain ASCII `filename` for old clients and the exact name as `filename*`. */
export function contentDisposition(disposition: "attachment" | "inline", fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
