// The app's HTTP server: Next.js's production request handler behind one step of our own, which
// decides from the socket who is calling before any header is believed (lib/http/apply-forwarding.ts).
// `next start` cannot: it keeps whatever X-Forwarded-For a client sends. `npm start` runs this;
// so does each instance of a deployment (see the README, "Beyond one machine").
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { readEnv } from "@/lib/env";
import { applyForwarding } from "@/lib/http/apply-forwarding";
import { requestTargetProblem } from "@/lib/http/request-target-problem";
import { markTimeline } from "./lib/timeline";

markTimeline("server loaded");
const ROOT = path.join(import.meta.dirname, "..");
const env = readEnv();
const hostname = process.env.HOSTNAME || "0.0.0.0";

// Under `npm start` this server starts while the database is still being prepared (migrations, the
// demo, the demo admin): it gets ready meanwhile and listens only once start.ts says the database
// is. Run on its own (`npm run serve`, a deployment), there is no one to wait for.
// Its message says where the database is and gives the auth secret: a second start starts this
// server before it knows them (scripts/lib/start-server-early.mjs). Nothing reads them before
// the first request. Should `npm start` end without stopping it, this server ends too.
type DatabaseReady = { ready: "database"; env: Record<string, string> };
const databaseReady = process.send
  ? new Promise<void>((resolve) =>
      process.on("message", (message: DatabaseReady) => {
        if (message?.ready !== "database") return;
        Object.assign(process.env, message.env);
        resolve();
      }),
    )
  : Promise.resolve();
process.on("disconnect", () => process.exit(1));
const app = next({ dev: false, dir: ROOT, hostname, port: env.PORT });
const handle = app.getRequestHandler();
await app.prepare();
markTimeline("server prepared");
await databaseReady;

let answered = false;
const server = createServer((request, response) => {
  if (!answered) {
    answered = true;
    // `npm start` waits for this before it starts the job worker (scripts/start.ts).
    response.once("finish", () => {
      markTimeline(`first request answered (${response.statusCode} ${request.url})`);
      process.send?.("served");
    });
  }
  const problem = requestTargetProblem(request.url ?? "/");
  if (problem) {
    response.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end(problem);
    return;
  }
  applyForwarding(request.headers, request.socket.remoteAddress ?? "", env.TRUSTED_PROXIES);
  void handle(request, response);
});
// What Node's HTTP parser refuses before any handler runs (an address or headers over 16 KB,
// bytes that are not HTTP) gets a sentence, not an empty answer.
server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
  if (!socket.writable) return socket.destroy();
  const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const message = tooLarge ? "The request's address and headers are longer than 16 KB; nothing was read." : "This is not a well-formed HTTP request.";
  const status = tooLarge ? "431 Request Header Fields Too Large" : "400 Bad Request";
  socket.end(`HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(message)}\r\nConnection: close\r\n\r\n${message}`);
});
// A port already taken is the usual one: say so and exit with an error, so `npm start` stops too.
server.on("error", (error: NodeJS.ErrnoException) => {
  console.error(error.code === "EADDRINUSE" ? `Port ${env.PORT} is already in use: stop what serves it, or set PORT.` : error.message);
  process.exit(1);
});
server.listen(env.PORT, hostname, () => {
  console.log(`▲ Next.js serving on http://localhost:${env.PORT}`);
  markTimeline("server listening");
});

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  // Requests in flight finish; idle keep-alive connections are closed so the port frees at once.
  server.close(() => void app.close().finally(() => process.exit(0)));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 10_000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
