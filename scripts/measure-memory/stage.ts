/** A point in a process's start-up and what its memory was then, in MB. */
export interface MemoryStage {
  stage: string;
  /** Peak resident set size of the process so far. */
  peakRssMb: number;
  /** Resident now. */
  rssMb: number;
  /** V8's heap in use now. */
  heapUsedMb: number;
  /** ArrayBuffers (Buffers, typed arrays) held by JavaScript now. */
  arrayBuffersMb: number;
}

const mb = (bytes: number) => bytes / 1024 / 1024;

export function memoryStage(stage: string): MemoryStage {
  const m = process.memoryUsage();
  return { stage, peakRssMb: process.resourceUsage().maxRSS / 1024, rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed), arrayBuffersMb: mb(m.arrayBuffers) };
}
