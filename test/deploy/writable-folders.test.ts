/**
 * The deployment files let the bot write every folder it writes: /corpus add, update and remove
 * write the corpus, a reindex the index, the question log and change log the data folder. A folder
 * left read-only there fails only in production, at a moderator's first /corpus add.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULTS, PROJECT_ROOT, parseBotConfig } from '../../src/config.ts';

const read = (file: string) => fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
const TOKEN = 'x'.repeat(24) + '.' + 'y'.repeat(6) + '.' + 'z'.repeat(27);

describe('deploy/event-qa-bot.service', () => {
  test('ReadWritePaths holds the corpus, index, data and model cache folders of a checkout at its WorkingDirectory', () => {
    const unit = read('deploy/event-qa-bot.service');
    const root = /^WorkingDirectory=(.+)$/m.exec(unit)![1]!;
    const writable = /^ReadWritePaths=(.+)$/m.exec(unit)![1]!.split(/\s+/).map((p) => p.replace(/^-/, ''));
    const folders = [DEFAULTS.corpusDir, DEFAULTS.indexDir, DEFAULTS.dataDir, DEFAULTS.cacheDir].map((dir) => path.posix.join(root, path.relative(PROJECT_ROOT, dir)));
    for (const folder of folders) expect(writable.some((w) => folder === w || folder.startsWith(`${w}/`)), folder).toBe(true);
    expect(/^ProtectSystem=strict$/m.test(unit)).toBe(true);
  });
});

describe('Dockerfile', () => {
  test('the run stage puts every folder the bot writes in its volume, and starts with the shipped corpus copied there', () => {
    const runStage = read('Dockerfile').split(/^FROM /m).at(-1)!;
    const env = Object.fromEntries([...runStage.matchAll(/^\s*(?:ENV\s+)?([A-Z_]+)=(\S+?)\s*\\?$/gm)].map((m) => [m[1]!, m[2]!]));
    const volume = JSON.parse(/^VOLUME (\[.*\])$/m.exec(runStage)![1]!) as string[];
    const config = parseBotConfig({ ...env, DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678' });
    const folders = [config.engine.corpusDir, config.engine.indexDir, config.engine.cacheDir, config.discord.corpus.dataDir];
    for (const folder of folders) expect(volume.some((v) => folder.startsWith(`${v}/`)), folder).toBe(true);
    expect(runStage).toMatch(/cp -R \/app\/corpus \\"\$CORPUS_DIR\\"/);
    expect(runStage).toMatch(/^COPY corpus\/ corpus\/$/m);
  });
});
