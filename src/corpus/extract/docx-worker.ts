/** The docx worker's entry (started by read-docx.ts): reads the one Word document it is sent, posts what it found, then ends. */
import { parentPort } from 'node:worker_threads';
import { readDocxHtml } from './docx-html.ts';

parentPort!.once('message', (bytes: Uint8Array) => {
  void readDocxHtml(bytes)
    .then(
      (read) => parentPort!.postMessage(read),
      (error: unknown) => parentPort!.postMessage({ refused: `it could not be read as a Word document (${(error as Error).message})` }),
    )
    .finally(() => parentPort!.close());
});
