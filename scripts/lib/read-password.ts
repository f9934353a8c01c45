import { createInterface } from "node:readline";
import { Writable } from "node:stream";

/**
 * Reads a password without it ever being an argument (argv shows in `ps` and shell history): asked
 * twice on a terminal with the typing hidden, or taken from the first line of standard input.
 */
export async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let input = "";
    for await (const chunk of process.stdin) input += chunk;
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
