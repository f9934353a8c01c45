import { createInterface } from "node:readline";
import { Writable } from "node:stream";

const MAX_PASSWORD_INPUT = 4096;

/**
 * Reads a password without it ever being an argument (argv shows in `ps` and shell history): asked
 * twice on a terminal with the typing hidden, or taken from the first line of standard input.
 */
export async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    // Only the first line, and only so much of it: standard input may be /dev/zero or endless.
    let input = "";
    for await (const chunk of process.stdin) {
      input += chunk;
      if (input.includes("\n")) break;
      if (input.length > MAX_PASSWORD_INPUT) throw new Error(`The password on standard input is longer than ${MAX_PASSWORD_INPUT} characters.`);
    }
    process.stdin.destroy();
    return input.split(/\r?\n/)[0] ?? "";
  }
  const first = await askHidden("Password: ");
  const second = await askHidden("Repeat it: ");
  if (first !== second) throw new Error("The two passwords differ.");
  return first;
}

function askHidden(prompt: string): Promise<string> {
  process.stderr.write(prompt);
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: process.stdin, output: muted, terminal: true });
  return new Promise((resolve) => {
    rl.question("", (answer) => {
      rl.close();
      process.stderr.write("\n");
      resolve(answer);
    });
  });
}
