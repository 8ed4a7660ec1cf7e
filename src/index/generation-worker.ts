/** The build worker's entry (started by build-in-worker.ts): one job, one result, then it ends. */
import { parentPort, workerData } from 'node:worker_threads';
import { runGenerationJob, type GenerationJob } from './generation-job.ts';

const result = runGenerationJob(workerData as GenerationJob);
parentPort!.postMessage(result, [result.lexical.buffer as ArrayBuffer]);
