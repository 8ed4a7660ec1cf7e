/**
 * "When did they talk?" asked on its own, end to end: the real engine (offline model, real index on
 * disk) reads the pronoun as the people the latest story's lead names, and says so; other questions,
 * follow-ups and corpora whose latest story cannot be told are read as before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config.ts';
import { corpusEngine, shippedArticleEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';

const SHIPPED = fs.readFileSync(path.join(DEFAULTS.corpusDir, 'sheinbaum-trump-call.md'), 'utf8');
/** A later story whose lead names other people, and that never says how long anyone talked. */
const LATER = `---
date: 2026-01-20
---
# Governors meet on border security

Texas Governor Greg Abbott hosted Chihuahua Governor Maru Campos in Austin to discuss border security.
The two governors agreed to share information on cartel activity along the border.
`;

let shipped: CorpusEngine;
beforeAll(async () => {
  shipped = await shippedArticleEngine('main-story');
});
afterAll(() => shipped.remove());

describe('a question asked of the story', () => {
  it('GIVEN "How long did they talk?" on the shipped article THEN it is read as about Sheinbaum and Trump and quotes the 15-minute call', async () => {
    for (const question of ['How long did they talk?', 'When did they talk?', 'What day did they talk?']) {
      const a = await shipped.engine.ask(question);
      expect(a.answered, question).toBe(true);
      expect(a.readAsAbout, question).toEqual(['Claudia Sheinbaum', 'Donald Trump']);
      expect(a.passages[0]?.text, question).toContain('15-minute phone call on Monday');
      expect(a.followUp, question).toBeUndefined();
    }
  });

  it('GIVEN "When did they speak?" (the article never says "speak") THEN "speak" is read as "talk", and the answer says both readings', async () => {
    const a = await shipped.engine.ask('When did they speak?');
    expect(a.answered).toBe(true);
    expect(a.passages[0]?.text).toContain('15-minute phone call on Monday');
    expect(a.readAs).toEqual([{ typed: 'speak', read: 'talk' }]);
    expect(a.readAsAbout).toEqual(['Claudia Sheinbaum', 'Donald Trump']);
  });

  it('GIVEN an open question, one naming someone, or a verb the coverage never uses THEN it is read as it is', async () => {
    const offer = await shipped.engine.ask('What did he offer?');
    expect(offer.readAsAbout).toBeUndefined();
    expect(offer.passages[0]?.text).toContain('still insisted');
    expect((await shipped.engine.ask('When did Rubio talk to de la Fuente?')).readAsAbout).toBeUndefined();
    const marry = await shipped.engine.ask('When did they marry?');
    expect(marry.answered).toBe(false);
    expect(marry.notMentioned).toEqual(['marry']);
    expect(marry.readAsAbout).toBeUndefined();
  });

  it('GIVEN a question before it THEN the follow-up is read with that question, not with the story', async () => {
    const a = await shipped.engine.ask('When did they talk?', { previous: 'Who did Marco Rubio speak with?' });
    expect(a.readAsAbout).toBeUndefined();
    expect(a.followUp).toBe('with-previous');
    expect(a.passages[0]?.text).toContain('Sunday conversation');
  });

  it('GIVEN a later story THEN its lead\'s people are meant; GIVEN two stories of the same day THEN nobody is assumed', async () => {
    const later = await corpusEngine('main-story-later', { 'call.md': SHIPPED, 'governors.md': LATER });
    try {
      expect((await later.engine.ask('How long did they talk?')).readAsAbout).toEqual(['Greg Abbott', 'Maru Campos']);
    } finally {
      later.remove();
    }
    const sameDay = await corpusEngine('main-story-same-day', { 'call.md': SHIPPED, 'governors.md': LATER.replace('2026-01-20', '2026-01-12') });
    try {
      expect((await sameDay.engine.ask('How long did they talk?')).readAsAbout).toBeUndefined();
    } finally {
      sameDay.remove();
    }
  });
});
