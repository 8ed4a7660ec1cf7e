/** A progress bar on stderr for long work; silent when stderr is not a terminal except for a final line. */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): (done: number, total: number) => void {
  let lastPercent = -1;
  return (done, total) => {
    const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
    if (percent === lastPercent) return;
    lastPercent = percent;
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round((percent / 100) * width);
      stream.write(`\r${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${percent}% (${done}/${total})`);
      if (done >= total) stream.write('\n');
    } else if (done >= total || percent % 25 === 0) {
      stream.write(`${label}: ${percent}% (${done}/${total})\n`);
    }
  };
}
