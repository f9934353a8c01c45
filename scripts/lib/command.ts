import type { ParseArgsConfig } from "node:util";
import type { z } from "zod";

/** One CLI command: its help text, its options, the zod schema its parsed options must satisfy. */
export type Command<S extends z.ZodType = z.ZodType> = {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  allowPositionals: boolean;
  schema: S;
  run(args: z.infer<S>): Promise<number>;
};

/** Defines a command with its argument types inferred from its schema. */
export function defineCommand<S extends z.ZodType>(command: Command<S>): Command<S> {
  return command;
}
