import { OUTLOOK_HEADING, OVERVIEW_HEADING } from '../../../src/answer/overview.ts';
import { NOT_ENGLISH_HINT } from '../../../src/answer/refusal.ts';
import { describe, expect, test } from 'vitest';
import type { Answer, Passage } from '../../../src/engine/types.ts';
import { formatAnswer, formatContext, nothingMore, renderQuote, NOT_ANSWERED_TITLE } from '../../../src/discord/format/answer.ts';
import { conversationalAnswer } from '../../../src/answer/conversational-reply.ts';
import { decodeButtonId } from '../../../src/discord/custom-ids.ts';
import { fitPayload, LIMITS, totalEmbedLength } from '../../../src/discord/replies.ts';

function passage(n: number, overrides: Partial<Passage> = {}, citation: Partial<Passage['citation']> = {}): Passage {
  return {
    text: `Sentence ${n} before. The focus sentence number ${n}. After ${n}.`,
    focus: `The focus sentence number ${n}.`,
    score: 1 / n,
    citation: { docId: 'doc.md', title: 'The Story', section: 'Part One', sentences: [n, n + 2], url: 'https://news.example/story', date: '2026-01-12', ...citation },
    ...overrides,
  };
}

function answer(passages: Passage[], overrides: Partial<Answer> = {}): Answer {
  return { question: 'What happened?', answered: true, confidence: 'high', passages, hasMore: false, ...overrides };
}

const buttonsOf = (payload: ReturnType<typeof formatAnswer>['payload']) => payload.components![0]!.components.map((b) => ('label' in b && b.label) || ('emoji' in b && b.emoji?.name));

describe('formatAnswer', () => {
  test('GIVEN a document whose metadata names its outlet THEN the citation names it after the section, escaped', () => {
    const { payload } = formatAnswer(answer([passage(1, {}, { publisher: 'Polar *Herald*' })]), { key: '42', offset: 0 });
    expect(payload.embeds![0]!.description).toContain('› Part One · Polar \\*Herald\\* · sentences 1–3 · as of 12 Jan 2026');
  });

  test('GIVEN an answered question THEN passages are quoted best first, numbered from the offset, each cited', () => {
    const { payload, shown } = formatAnswer(answer([passage(1), passage(2)]), { key: '42', offset: 3 });
    const description = payload.embeds![0]!.description!;
    expect(shown).toHaveLength(2);
    expect(description).toBe(
      [
        '> Sentence 1 before. **The focus sentence number 1.** After 1.',
        '**4.** [The Story](https://news.example/story#:~:text=The%20focus%20sentence%20number%201) › Part One · sentences 1–3 · as of 12 Jan 2026',
        '',
        '> Sentence 2 before. **The focus sentence number 2.** After 2.',
        '**5.** [The Story](https://news.example/story#:~:text=The%20focus%20sentence%20number%202) › Part One · sentences 2–4 · as of 12 Jan 2026',
      ].join('\n'),
    );
    expect(payload.embeds![0]!.title).toBe('From the coverage — high confidence');
    expect(payload.embeds![0]!.footer!.text).toBe('Passages 4–5, best first');
    expect(payload.content).toBe('**Q:** What happened?');
  });

  test('GIVEN a citation without URL, section or date THEN the title is bold text and only known parts appear', () => {
    const { payload } = formatAnswer(answer([passage(1, {}, { url: null, section: null, date: null })]), { key: '1', offset: 0 });
    expect(payload.embeds![0]!.description!.split('\n')[1]).toBe('**1.** **The Story** · sentences 1–3');
  });

  test('GIVEN more passages available THEN More comes first and the buttons carry the key', () => {
    const { payload, hasMore } = formatAnswer(answer([passage(1)], { hasMore: true }), { key: '99', offset: 0 });
    expect(hasMore).toBe(true);
    expect(buttonsOf(payload)).toEqual(['More', 'Context', '👍', '👎', 'Ask a follow-up']);
    for (const b of payload.components![0]!.components) {
      expect(decodeButtonId((b as { custom_id: string }).custom_id)?.key).toBe('99');
    }
  });

  test('GIVEN not answered THEN "The coverage doesn\'t say", nearest passages labelled as such, no More', () => {
    const { payload, shown } = formatAnswer(answer([passage(1)], { answered: false, confidence: null, hasMore: true }), { key: '1', offset: 0 });
    expect(payload.embeds![0]!.title).toBe(NOT_ANSWERED_TITLE);
    expect(payload.embeds![0]!.description).toMatch(/^Nothing in the indexed coverage answers that\.\n\n\*\*Nearest passages\*\* \(they may not answer it\):/);
    expect(shown).toHaveLength(1);
    expect(buttonsOf(payload)).toEqual(['Context', '👍', '👎', 'Ask a follow-up']);
  });

  test('GIVEN a refusal because the closest match is from a document that never names what the question names THEN the reply says so, escaped', () => {
    const { payload } = formatAnswer(answer([passage(1)], { answered: false, confidence: null, namedElsewhere: ['Mexico *City*'] }), { key: '1', offset: 0 });
    expect(payload.embeds![0]!.description).toMatch(/^Nothing in the indexed coverage answers that: the closest match is from a document that never mentions Mexico \\\*City\\\*\.\n\n\*\*Nearest passages\*\*/);
  });

  test('GIVEN a refusal because the closest document never gives the kind of answer asked for THEN the reply says which', () => {
    const { payload } = formatAnswer(answer([passage(1)], { answered: false, confidence: null, neverGiven: 'age' }), { key: '1', offset: 0 });
    expect(payload.embeds![0]!.description).toMatch(/^Nothing in the indexed coverage answers that: the document closest to it never gives an age\.\n\n\*\*Nearest passages\*\*/);
  });

  test('GIVEN a refusal because the closest document gives no day after its report ("When is the next call?") THEN the reply says so', () => {
    const { payload } = formatAnswer(answer([passage(1)], { answered: false, confidence: null, neverGiven: 'later-date' }), { key: '1', offset: 0 });
    expect(payload.embeds![0]!.description).toMatch(/^Nothing in the indexed coverage answers that: the document closest to it never gives a date after its report\.\n\n\*\*Nearest passages\*\*/);
  });

  test('GIVEN a refusal because the coverage mentions what it asks about, but never together THEN the reply says which, escaped', () => {
    const { payload } = formatAnswer(answer([passage(1)], { answered: false, confidence: null, neverTogether: ['capital', 'vene*zuela*'] }), { key: '1', offset: 0 });
    expect(payload.embeds![0]!.description).toMatch(/^Nothing in the indexed coverage answers that: it mentions “capital” and “vene\\\*zuela\\\*”, but never together\.\n\n\*\*Nearest passages\*\*/);
  });

  test('GIVEN "What else…?" refused, nothing else answering THEN the question line says the passages quoted before were left out', () => {
    const { payload } = formatAnswer(answer([], { question: 'What else did she say?', answered: false, confidence: null, besidesQuoted: true }), { key: '1', offset: 0 });
    expect(payload.content).toBe('**Q:** What else did she say? *(leaving out the passages quoted before)*');
    expect(payload.embeds![0]!.description).toBe('Nothing in the indexed coverage answers that.');
  });

  test('GIVEN a refused question that does not look like English THEN the reply says questions are read in English', () => {
    const { payload } = formatAnswer(answer([], { answered: false, confidence: null, notEnglish: true }), { key: '1', offset: 0 });
    expect(payload.embeds![0]!.description).toBe(`Nothing in the indexed coverage answers that. ${NOT_ENGLISH_HINT}`);
  });

  test('GIVEN an overview THEN the title says how the coverage opens, no confidence word, and the heading leads the passages', () => {
    const { payload } = formatAnswer(answer([passage(1), passage(2)], { confidence: null, overview: true, hasMore: true }), { key: '1', offset: 0 });
    expect(payload.embeds![0]!.title).toBe('From the coverage — how it opens');
    // In the documents' order, not ranked: no "best first".
    expect(payload.embeds![0]!.footer!.text).toBe('Passages 1–2 · More shows the next');
    expect(payload.embeds![0]!.description!.startsWith(`${OVERVIEW_HEADING}\n\n`)).toBe(true);
    expect(payload.embeds![0]!.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
  });

  test('GIVEN an overview of what comes next THEN the title and the heading say so, with no confidence word', () => {
    const { payload } = formatAnswer(answer([passage(1)], { confidence: null, overview: true, outlook: true }), { key: '1', offset: 0 });
    expect(payload.embeds![0]!.title).toBe('From the coverage — what comes next');
    expect(payload.embeds![0]!.description!.startsWith(`${OUTLOOK_HEADING}\n\n`)).toBe(true);
  });

  test('GIVEN a follow-up read with the question before it THEN the question line says so, escaped and cut; otherwise it is the question alone', () => {
    const read = formatAnswer(answer([passage(1)]), { key: '1', offset: 0, readWith: 'Who did *Rubio* speak with?' }).payload.content!;
    expect(read.endsWith(' *(read with “Who did \\*Rubio\\* speak with?”)*')).toBe(true);
    const long = formatAnswer(answer([passage(1)]), { key: '1', offset: 0, readWith: 'x'.repeat(400) }).payload.content!;
    expect(long.length).toBeLessThan(400);
    expect(formatAnswer(answer([passage(1)]), { key: '1', offset: 0 }).payload.content).not.toContain('read with');
  });

  test('GIVEN a question read as about the latest story\'s people THEN the question line names them, escaped; otherwise it does not', () => {
    const content = formatAnswer(answer([passage(1)], { readAsAbout: ['Claudia *Sheinbaum*', 'Donald Trump'] }), { key: '1', offset: 0 }).payload.content!;
    expect(content.endsWith(' *(read as about “Claudia \\*Sheinbaum\\*” and “Donald Trump”, whom the latest story names first)*')).toBe(true);
    expect(formatAnswer(answer([passage(1)]), { key: '1', offset: 0 }).payload.content).not.toContain('read as about');
  });

  test('GIVEN a question whose words were read as others THEN the question line says how, escaped; otherwise it does not', () => {
    const content = formatAnswer(answer([passage(1)], { readAs: [{ typed: 'phn*o*e', read: 'phone' }] }), { key: '1', offset: 0 }).payload.content!;
    expect(content.endsWith(' *(read “phn\\*o\\*e” as “phone”)*')).toBe(true);
    expect(formatAnswer(answer([passage(1)]), { key: '1', offset: 0 }).payload.content).not.toContain('read “');
  });

  test('GIVEN a refusal with questions to try THEN they follow the reason, escaped, before the nearest passages', () => {
    const a = answer([passage(1)], { answered: false, confidence: null, notMentioned: ['sports'], examples: ['What does the coverage say about *Rubio*?'] });
    const description = formatAnswer(a, { key: '1', offset: 0 }).payload.embeds![0]!.description!;
    expect(description.startsWith('Nothing in the indexed coverage answers that: it never mentions sports.\n\nQuestions the coverage answers, for example:\n• What does the coverage say about \\*Rubio\\*?\n\n**Nearest passages**')).toBe(true);
  });

  test('GIVEN a question that named an outlet THEN the question line says only its coverage was searched, escaped; otherwise it does not', () => {
    const content = formatAnswer(answer([passage(1)], { outlet: 'The *Daily* Wire' }), { key: '1', offset: 0 }).payload.content!;
    expect(content.endsWith(" *(searched The \\*Daily\\* Wire's coverage only)*")).toBe(true);
    expect(formatAnswer(answer([passage(1)]), { key: '1', offset: 0 }).payload.content).not.toContain('searched');
  });

  test('GIVEN an answer to a question with words the coverage never uses THEN the reply says which above the passages, escaped', () => {
    const { payload } = formatAnswer(answer([passage(1), passage(2)], { confidence: 'low', missing: ['sports', '**x**'] }), { key: '1', offset: 0 });
    const description = payload.embeds![0]!.description!;
    expect(description.startsWith('*The coverage never uses the words “sports”, “\\*\\*x\\*\\*”.*\n\n')).toBe(true);
    expect(description.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(formatAnswer(answer([passage(1)]), { key: '1', offset: 0 }).payload.embeds![0]!.description).not.toContain('never uses');
  });

  test('GIVEN an answer none of whose passages gives the kind of answer asked for THEN the reply says so above them, after any word never used', () => {
    const age = formatAnswer(answer([passage(1)], { confidence: 'low', notGiven: 'age' }), { key: '1', offset: 0 }).payload.embeds![0]!.description!;
    expect(age.startsWith('*None of these passages gives an age.*\n\n')).toBe(true);
    const both = formatAnswer(answer([passage(1)], { confidence: 'low', missing: ['votes'], notGiven: 'number' }), { key: '1', offset: 0 }).payload.embeds![0]!.description!;
    expect(both.startsWith('*The coverage never uses the word “votes”. None of these passages gives a number.*\n\n')).toBe(true);
  });

  test('GIVEN an answer correcting a yes/no question THEN the reply says what the first passage says instead, escaped, first of the notes', () => {
    const description = formatAnswer(answer([passage(1)], { corrected: { asked: '*Tuesday*', said: 'Monday' }, missing: ['weather'] }), { key: '1', offset: 0 }).payload.embeds![0]!.description!;
    expect(description.startsWith('*The first passage says “Monday”, not “\\*Tuesday\\*”. The coverage never uses the word “weather”.*\n\n')).toBe(true);
  });

  test('GIVEN a private answer THEN no Ask a follow-up: there is no message to start a thread on or reply to', () => {
    const { payload } = formatAnswer(answer([passage(1)]), { key: '1', offset: 0, ephemeral: true });
    expect(buttonsOf(payload)).toEqual(['Context', '👍', '👎']);
  });

  test('GIVEN not answered and no passages THEN only the honest line, the votes and Ask a follow-up', () => {
    const { payload } = formatAnswer(answer([], { answered: false, confidence: null }), { key: '1', offset: 0 });
    expect(payload.embeds![0]!.description).toBe('Nothing in the indexed coverage answers that.');
    expect(buttonsOf(payload)).toEqual(['👍', '👎', 'Ask a follow-up']);
  });

  test('GIVEN passages too long for one embed THEN those that fit are shown, the rest left for More, all within limits', () => {
    const long = (n: number) => passage(n, { text: `${'word '.repeat(300)}The focus sentence number ${n}.` });
    const { payload, shown, hasMore } = formatAnswer(answer([long(1), long(2), long(3), long(4), long(5)]), { key: '1', offset: 0 });
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(5);
    expect(hasMore).toBe(true);
    expect(payload.embeds![0]!.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(totalEmbedLength(payload)).toBeLessThanOrEqual(LIMITS.embedTotal);
  });

  test('GIVEN a single passage longer than an embed THEN its quote is shortened and the citation kept', () => {
    const huge = passage(1, { text: 'x'.repeat(10_000), focus: 'x' });
    const { payload, shown } = formatAnswer(answer([huge]), { key: '1', offset: 0 });
    expect(shown).toHaveLength(1);
    const description = payload.embeds![0]!.description!;
    expect(description.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(description).toContain('**1.** [The Story]');
  });

  test('GIVEN small talk THEN the reply is plain content in Discord\'s terms, with no embed or button, private when asked privately', () => {
    const examples = ['What does the coverage say about *Ana* Silva?'];
    const hi = formatAnswer(conversationalAnswer('hi', 'greeting', () => examples), { key: '1', offset: 0 });
    expect(hi.payload.content).toContain('Ask with `/ask`, in a DM to me, or by mentioning me');
    expect(hi.payload.content).toContain('• What does the coverage say about \\*Ana\\* Silva?');
    expect(hi.payload.embeds).toBeUndefined();
    expect(hi.payload.components).toBeUndefined();
    expect(hi.shown).toEqual([]);
    // "/ask more" has no answer before it: it says how to get more of one.
    const more = formatAnswer(conversationalAnswer('more', 'more', () => []), { key: '2', offset: 0, ephemeral: true });
    expect(more.payload).toEqual({ content: 'More of which answer? Reply “more” to one of my answers (or say it in its follow-up thread), or press its **More** button.', ephemeral: true });
    expect(nothingMore('What is *it*?')).toBe('That was all the coverage has on “What is \\*it\\*?”. Ask another question to look further.');
  });

  test('GIVEN a 2,000-character question THEN the content stays within 2,000', () => {
    const { payload } = formatAnswer(answer([passage(1)], { question: '*'.repeat(2000) }), { key: '1', offset: 0 });
    expect(fitPayload(payload).content!.length).toBeLessThanOrEqual(LIMITS.content);
    expect(payload.content!.length).toBeLessThanOrEqual(LIMITS.content);
  });
});

describe('renderQuote', () => {
  test('GIVEN multi-line text with the focus on one line THEN every line is quoted and escaped, the focus bold', () => {
    expect(renderQuote('Intro:\n- *one*\n\n- two', '- *one*')).toBe('> Intro:\n> **\\- \\*one\\***\n> \\- two');
  });
  test('GIVEN a focus not found in the text THEN the text is quoted without bold', () => {
    expect(renderQuote('Plain text.', 'Missing.')).toBe('> Plain text.');
  });
  test('GIVEN the words that answer THEN they are underlined within the bold focus, escaped like the rest', () => {
    const text = 'Before. They held a *15-minute* call on Monday. After.';
    expect(renderQuote(text, 'They held a *15-minute* call on Monday.', 600, '*15-minute*')).toBe('> Before. **They held a __\\*15-minute\\*__ call on Monday.** After.');
    // Words not in the focus sentence are not marked.
    expect(renderQuote(text, 'They held a *15-minute* call on Monday.', 600, 'After')).toBe('> Before. **They held a \\*15-minute\\* call on Monday.** After.');
  });
});

describe('formatContext', () => {
  test('GIVEN paragraphs for the shown passages THEN one private embed each, the passage in bold, within 6,000', () => {
    const p = passage(1);
    const paragraph = `Before it. ${p.text} And after.`;
    const payload = formatContext([p, passage(2)], [paragraph, null], 0);
    expect(payload.ephemeral).toBe(true);
    expect(payload.embeds).toHaveLength(2);
    expect(payload.embeds![0]!.description).toBe(`> Before it. **${p.text}** And after.`);
    expect(payload.embeds![0]!.url).toContain('#:~:text=');
    expect(payload.embeds![1]!.description).toContain('No surrounding paragraph');
  });
  test('GIVEN a document whose metadata names its outlet THEN the footer names it with the section, sentences and date', () => {
    const payload = formatContext([passage(1, {}, { publisher: 'Polar Herald' }), passage(2)], [null, null], 0);
    expect(payload.embeds![0]!.footer!.text).toBe('Part One · Polar Herald · sentences 1–3 · as of 12 Jan 2026');
    expect(payload.embeds![1]!.footer!.text).toBe('Part One · sentences 2–4 · as of 12 Jan 2026');
  });
  test('GIVEN three huge paragraphs THEN the total stays within 6,000 characters', () => {
    const payload = formatContext([passage(1), passage(2), passage(3)], ['y'.repeat(5000), 'y'.repeat(5000), 'y'.repeat(5000)], 0);
    expect(totalEmbedLength(payload)).toBeLessThanOrEqual(LIMITS.embedTotal);
  });
});

describe('a passage other documents print in the same words', () => {
  const copy = (n: number) => ({ citation: { docId: `copy-${n}.md`, title: `Outlet ${n}`, section: 'World', sentences: [n, n] as [number, number], url: `https://outlet${n}.example/story`, date: null }, focus: 'The focus sentence number 1.' });

  test('GIVEN a passage with copies THEN "Also in" links each outlet to its own sentence under the citation', () => {
    const { payload } = formatAnswer(answer([passage(1, { alsoIn: [copy(1), copy(2)] })]), { key: '1', offset: 0 });
    const lines = payload.embeds![0]!.description!.split('\n');
    expect(lines[1]).toMatch(/^\*\*1\.\*\* \[The Story\]/);
    expect(lines[2]).toBe(
      'Also in [Outlet 1](https://outlet1.example/story#:~:text=The%20focus%20sentence%20number%201) · sentence 1, [Outlet 2](https://outlet2.example/story#:~:text=The%20focus%20sentence%20number%201) · sentence 2',
    );
  });

  test('GIVEN a wire story in many outlets THEN four are named and the rest counted', () => {
    const { payload } = formatAnswer(answer([passage(1, { alsoIn: [1, 2, 3, 4, 5, 6].map(copy) })]), { key: '1', offset: 0 });
    const description = payload.embeds![0]!.description!;
    expect(description).toContain('[Outlet 4]');
    expect(description).not.toContain('[Outlet 5]');
    expect(description).toMatch(/ and 2 more$/);
  });
});

describe('passages that give one figure differently', () => {
  test('GIVEN a difference between shown passages THEN a note names both figures, passages (numbered from the offset), sources and dates', () => {
    const a = answer([passage(1), passage(2, {}, { title: 'The Gazette', date: '2026-01-13' })], { differences: [{ passages: [0, 1], figures: ['15-minute', '20-minute'] }] });
    const description = formatAnswer(a, { key: '1', offset: 3 }).payload.embeds![0]!.description!;
    expect(description.split('\n')[0]).toBe('*The sources differ: “15-minute” (passage 4, The Story, 12 Jan 2026), “20-minute” (passage 5, The Gazette, 13 Jan 2026).*');
  });

  test('GIVEN a difference between two outlets THEN the note names each outlet after its title, escaped', () => {
    const a = answer([passage(1, {}, { publisher: 'Polar Herald' }), passage(2, {}, { title: 'The Gazette', date: '2026-01-13', publisher: 'The *Daily* Wire' })], { differences: [{ passages: [0, 1], figures: ['15-minute', '20-minute'] }] });
    const description = formatAnswer(a, { key: '1', offset: 0 }).payload.embeds![0]!.description!;
    expect(description.split('\n')[0]).toBe('*The sources differ: “15-minute” (passage 1, The Story, Polar Herald, 12 Jan 2026), “20-minute” (passage 2, The Gazette, The \\*Daily\\* Wire, 13 Jan 2026).*');
  });

  test('GIVEN a difference with a passage that does not fit the message THEN no note names it', () => {
    const long = 'x'.repeat(3000);
    const a = answer([passage(1, { text: long, focus: long }), passage(2, { text: long, focus: long })], { differences: [{ passages: [0, 1], figures: ['15', '20'] }] });
    const { payload, shown } = formatAnswer(a, { key: '1', offset: 0 });
    expect(shown).toHaveLength(1);
    expect(payload.embeds![0]!.description!).not.toContain('sources differ');
  });
});
