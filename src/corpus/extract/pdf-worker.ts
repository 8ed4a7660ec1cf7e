/** The PDF worker's entry (started by read-pdf.ts): reads the one PDF it is sent, posts what it found, then ends. */
import { parentPort } from 'node:worker_threads';
import { readPdfRuns } from './pdf-runs.ts';

parentPort!.once('message', (bytes: Uint8Array) => {
  void readPdfRuns(bytes).then(
    (runs) => parentPort!.postMessage(runs),
    (error: unknown) => parentPort!.postMessage({ refused: `it could not be read as a PDF (${(error as Error).message})` }),
  ).finally(() => parentPort!.close());
});
