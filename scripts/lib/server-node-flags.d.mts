// Types of server-node-flags.mjs (plain JavaScript, for the early start, which loads before tsx).
export declare const SEMI_SPACE_MB: number;
export declare function serverNodeFlags(env?: NodeJS.ProcessEnv): string[];
