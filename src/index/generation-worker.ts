/** The build worker's entry (started by build-in-worker.ts): it waits for one job, posts its result, then ends. */
import { parentPort } from 'node:worker_threads';
import { runGenerationJob, type GenerationJob } from './generation-job.ts';

parentPort!.once('message', (job: GenerationJob) => {
  const result = runGenerationJob(job);
  parentPort!.postMessage(result, [result.lexical.buffer as ArrayBuffer]);
  parentPort!.close();
});
