// Node's flags for the app's server process: scripts/serve.ts's bundle, which both `npm start` and
// its early start (start-server-early.mjs) spawn, and scripts/serve.ts under tsx, which `npm run
// serve` (a deployment's instance) spawns (serve-with-node-flags.mjs). Plain JavaScript: the early
// start loads it before tsx.

/**
 * The young generation's semi-space, in MB (V8's default on 64-bit is 16). A page render keeps
 * its objects alive across awaits (the loaded page's props, React's element tree, the HTML and
 * RSC chunks) until its response is written; with 100 readers rendering the overview and facet
 * views at once, a 16 MB semi-space fills many times a second, and each scavenge copies, then
 * promotes, objects that would have died a moment later, which the old generation's mark-compact
 * then collects at far greater cost. With 64 MB most of them die young. Measured with
 * `npm run bench:load --cpu-prof` (100 readers on loopback, a busy machine): the main thread's
 * garbage collection per reader page went from about 5.9 to 2.9 ms, per `/events` from 2.4 to 1.7.
 * Costs up to 3 × 64 MB of address space, used only under load.
 */
export const SEMI_SPACE_MB = 64;

/**
 * The flags to start the server with; none when NODE_OPTIONS already sets the semi-space, so an
 * operator's choice there wins (flags on the command line would override NODE_OPTIONS).
 * @param {NodeJS.ProcessEnv} env
 * @returns {string[]}
 */
export function serverNodeFlags(env = process.env) {
  return /--max-semi-space-size\b/.test(env.NODE_OPTIONS ?? "") ? [] : [`--max-semi-space-size=${SEMI_SPACE_MB}`];
}
