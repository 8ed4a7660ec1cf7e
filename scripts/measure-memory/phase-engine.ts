/**
 * (a) of scripts/measure-memory.ts, in a process of its own: the engine alone with the offline
 * model on the given corpus and index folder, answering the questions; the peak RSS (and what is
 * resident now) after each start-up stage.
 */
import { DEFAULTS } from '../../src/config.ts';
import { createEngine } from '../../src/engine/create-engine.ts';
import { createEmbedder } from '../../src/embedding/transformers-embedder.ts';
import { createLogger } from '../../src/log.ts';
import { phaseMain } from '../bench/phase.ts';
import { memoryStage, type MemoryStage } from './stage.ts';

export interface EngineInput {
  corpusDir: string;
  indexDir: string;
  questions: string[];
}

export interface EngineMeasurement {
  stages: MemoryStage[];
  answered: number;
}

async function measure({ corpusDir, indexDir, questions }: EngineInput): Promise<EngineMeasurement> {
  const stages: MemoryStage[] = [memoryStage('modules imported')];
  const logger = createLogger('warn');
  const embedder = await createEmbedder({ model: 'offline', modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, logger, progressOutput: null });
  stages.push(memoryStage('offline model loaded'));
  const engine = await createEngine(
    { corpusDir, indexDir, modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, embeddingModel: 'offline' },
    logger,
    { embedder },
  );
  stages.push(memoryStage(engine.startup.loaded ? 'engine ready (saved index loaded)' : 'engine ready (index built)'));
  let answered = 0;
  for (const question of questions) if ((await engine.ask(question)).answered) answered++;
  stages.push(memoryStage(`${questions.length} questions answered`));
  return { stages, answered };
}

phaseMain(measure);
