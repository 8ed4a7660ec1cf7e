/**
 * Phase 3 of a size, in a fresh process started with `npm start`'s node flags (deployed-flags.ts):
 * the engine served as in phase 2 (serve-engine.ts), with the runtime a server runs the bot in. The
 * corpus is as phase 2 left it, and another document is changed.
 */
import type { DeployedMeasurement } from './measurements.ts';
import { phaseMain } from './phase.ts';
import { serveEngine, type ServeInput } from './serve-engine.ts';

async function deployed(input: ServeInput): Promise<Omit<DeployedMeasurement, 'nodeFlags'>> {
  const served = await serveEngine(input, 1);
  return {
    restartSeconds: served.restartSeconds,
    startupLoaded: served.startupLoaded,
    latency: served.run.latency,
    reindex: served.reindex,
    peakRssMb: served.peakRssMb,
  };
}

phaseMain(deployed);
