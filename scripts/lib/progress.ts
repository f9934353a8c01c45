/**
 * A progress bar on a terminal (drawn on stderr, so piped stdout stays clean) and nothing
 * elsewhere: CI logs and pipes get only the summary line.
 */
export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const width = 24;
  return {
    update(done: number, total: number, item: string) {
      if (!stream.isTTY) return;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      const name = item.length > 40 ? `…${item.slice(-39)}` : item;
      stream.write(`\r\x1b[2K${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${name}`);
    },
    done() {
      if (stream.isTTY) stream.write("\r\x1b[2K");
    },
  };
}
