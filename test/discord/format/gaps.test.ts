import { describe, expect, test } from 'vitest';
import { formatGaps, formatGapsDigest } from '../../../src/discord/format/gaps.ts';
import { LIMITS, totalEmbedLength } from '../../../src/discord/replies.ts';
import type { GapQuestion } from '../../../src/question-log/question-log.ts';

const q = (text: string, unanswered = true, disliked = false, missing: string[] = [], notGiven: GapQuestion['notGiven'] = null, neverTogether: string[] = []): GapQuestion => ({
  text,
  at: 0,
  unanswered,
  disliked,
  missing,
  notGiven,
  neverTogether,
});

describe('formatGaps', () => {
  test('GIVEN groups THEN each is numbered with its count, shared words, why, and an escaped example, privately', () => {
    const tariffs = [q('How much are the *tariffs* on steel?'), q('Will steel tariffs go up?', false, true), q('Tariffs?', true, true)];
    const payload = formatGaps({ days: 7, groups: [{ questions: tariffs, example: tariffs[0]!, words: ['tariffs', 'steel'] }, { questions: [q('@everyone Canada?')], example: q('@everyone Canada?'), words: ['canada'] }], omitted: 0, byMeaning: true });
    expect(payload.ephemeral).toBe(true);
    const embed = payload.embeds![0]!;
    expect(embed.title).toBe('Coverage gaps — 4 questions in 2 topics');
    expect(embed.description).toBe(
      '**1.** 3× — *tariffs*, *steel* (2 unanswered, 2 👎)\n> How much are the \\*tariffs\\* on steel?\n**2.** 1× — *canada* (1 unanswered)\n> @everyone Canada?',
    );
    expect(embed.footer!.text).toContain('the last 7 days');
    expect(embed.footer!.text).toContain('by meaning');
  });

  test('GIVEN answered questions about things the coverage never mentions THEN the group names those things, each once, escaped', () => {
    const sports = [q('What sports does she like?', false, false, ['sports']), q('Which sports team?', false, true, ['sports', 'team']), q('Fav *sport*?', false, false, ['*sport*'])];
    const payload = formatGaps({ days: 7, groups: [{ questions: sports, example: sports[0]!, words: ['sports'] }], omitted: 0, byMeaning: false });
    expect(payload.embeds![0]!.description).toBe('**1.** 3× — *sports* (1 👎, never mentioned: sports, team, \\*sport\\*)\n> What sports does she like?');
    expect(payload.embeds![0]!.footer!.text).toContain('never mentions');
  });

  test('GIVEN answered questions whose passages gave none of the kind of answer asked for THEN the group names those kinds, each once', () => {
    const ages = [q('How old is Trump?', false, false, [], 'age'), q('How old is Rubio?', false, false, [], 'age'), q('When was Rubio born?', false, false, [], 'date'), q('When is the next call?', false, false, [], 'later-date')];
    const payload = formatGaps({ days: 7, groups: [{ questions: ages, example: ages[0]!, words: ['old'] }], omitted: 0, byMeaning: false });
    expect(payload.embeds![0]!.description).toBe('**1.** 4× — *old* (not given: an age, a date, a date after its report)\n> How old is Trump?');
    expect(payload.embeds![0]!.footer!.text).toContain('without the date or figure asked for');
  });

  test('GIVEN questions refused because the coverage mentions their things only apart THEN the group names each set once, escaped, at most three', () => {
    const capitals = [
      q('What is the capital of Venezuela?', true, false, [], null, ['capital', 'venezuela']),
      q('Capital of Venezuela?', true, false, [], null, ['capital', 'venezuela']),
      q('Whats the *capital* of Mexico?', true, false, [], null, ['*capital*', 'mexico']),
      q('Where is the capital?', true, false, ['where'], null, []),
      ...['a', 'b', 'c'].map((x) => q(`Capital of ${x}?`, true, false, [], null, ['capital', x])),
    ];
    const payload = formatGaps({ days: 7, groups: [{ questions: capitals, example: capitals[0]!, words: ['capital'] }], omitted: 0, byMeaning: false });
    expect(payload.embeds![0]!.description).toBe(
      '**1.** 7× — *capital* (7 unanswered, never mentioned: where, never together: capital + venezuela; \\*capital\\* + mexico; capital + a)\n> What is the capital of Venezuela?',
    );
    expect(payload.embeds![0]!.footer!.text).toContain('or only apart');
  });

  test('GIVEN no gap question THEN a plain private line says so', () => {
    expect(formatGaps({ days: 1, groups: [], omitted: 0, byMeaning: false })).toEqual({
      content: 'No unanswered or 👎 questions in the last 1 day, nor any about things the coverage never mentions or answered without what they asked for: it served every question asked.',
      ephemeral: true,
    });
  });

  test('GIVEN hundreds of topics THEN the list is cut within Discord\'s limits and says how many more', () => {
    const groups = Array.from({ length: 500 }, (_, i) => ({ questions: [q(`Question ${i} ${'x'.repeat(300)}`)], example: q(`Question ${i} ${'x'.repeat(300)}`), words: [`w${i}`] }));
    const payload = formatGaps({ days: 30, groups, omitted: 12, byMeaning: false });
    expect(payload.embeds![0]!.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(payload.embeds![0]!.description).toMatch(/…and \d+ topics more$/);
    expect(payload.embeds![0]!.footer!.text).toContain('12 oldest were left out');
    expect(totalEmbedLength(payload)).toBeLessThanOrEqual(LIMITS.embedTotal);
  });
});

describe('formatGapsDigest', () => {
  test('GIVEN a period whose every question was served THEN one line with the figures and that, no embed', () => {
    expect(formatGapsDigest({ asked: 2, answered: 2, up: 1, down: 0 }, { days: 7, groups: [], omitted: 0, byMeaning: false })).toEqual({
      content:
        '📊 **The last 7 days**: 2 questions asked, 100% answered, 👍 1 / 👎 0. No unanswered or 👎 questions in the last 7 days, nor any about things the coverage never mentions or answered without what they asked for: it served every question asked.',
    });
  });
});
