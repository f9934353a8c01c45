import { z } from "zod";
import { createUserInputSchema, roleSchema } from "@/lib/auth/roles";
import { createUser } from "@/lib/db/create-user";
import { toErrorResponse } from "@/lib/errors";
import { defineCommand } from "../lib/command";
import { readPassword } from "../lib/read-password";
import { withDatabase } from "../lib/with-database";

export const userCommand = defineCommand({
  name: "user",
  summary: "create an account (the first admin, for instance)",
  usage: `Usage: claimdiff user create --email <email> --role <admin|editor|viewer> [--name "Name"]

Creates an account that signs in with email and password. The password is asked for on a
terminal (typed twice, not shown), or read from the first line of standard input:
  printf '%s\\n' "$PASSWORD" | npm run cli -- user create --email a@b.org --role editor
It is never taken from the command line, where other users of the machine could see it.

Options:
  --email <email>   the address to sign in with
  --role <role>     admin (users, everything), editor (change), viewer (read and export)
  --name <name>     how the app names the person (default: the part of the email before @)
  -h, --help        show this help`,
  options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
  allowPositionals: true,
  schema: z.object({
    positionals: z.tuple([z.literal("create")], { message: 'the only subcommand is "create"' }),
    email: z.email("give the address to sign in with"),
    role: roleSchema,
    name: z.string().optional(),
  }),
  async run({ email, role, name }) {
    const input = createUserInputSchema.safeParse({ email, role, name, password: await readPassword() });
    if (!input.success) {
      console.error(input.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n"));
      return 1;
    }
    return withDatabase(async () => {
      try {
        await createUser(input.data, "cli");
      } catch (error) {
        console.error(toErrorResponse(error).body.error);
        return 1;
      }
      console.log(`Created ${input.data.role} ${input.data.email}.`);
      return 0;
    });
  },
});
