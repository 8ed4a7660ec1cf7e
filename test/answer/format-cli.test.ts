import { OUTLOOK_HEADING, OVERVIEW_HEADING } from '../../src/answer/overview.ts';
import { conversationalAnswer } from '../../src/answer/conversational-reply.ts';
import { NOT_ENGLISH_HINT } from '../../src/answer/refusal.ts';
import { describe, expect, it } from 'vitest';
import { escapeControls, formatReadable, toJsonAnswer } from '../../src/answer/format-cli.ts';
import type { Answer, Passage } from '../../src/engine/types.ts';

const DOC = { docId: 'call.md', title: 'The Call', section: null, url: 'https://example.org/call', date: '2026-01-12' };
const OTHER = { docId: 'other.md', title: 'Other Story', section: 'Later', url: null, date: null };

function passage(text: string, focus: string, citation: Passage['citation']): Passage {
  return { text, focus, citation, score: 1 };
}

function answer(over: Partial<Answer> = {}): Answer {
  return {
    question: 'How long was the call?',
    answered: true,
    confidence: 'medium',
    hasMore: false,
    passages: [
      passage('The leaders held a 15-minute call. It was cordial.', 'The leaders held a 15-minute call.', { ...DOC, sentences: [3, 4] }),
      passage('"We told him," she said.', '"We told him," she said.', { ...OTHER, sentences: [7, 7] }),
      passage('The call ended with an agreement.', 'The call ended with an agreement.', { ...DOC, sentences: [9, 9] }),
    ],
    ...over,
  };
}

describe('the readable answer', () => {
  it('GIVEN two passages of one document THEN the document and its URL are named once, both passages below it', () => {
    const text = formatReadable(answer());
    expect(text.match(/The Call — as of 2026-01-12/g)).toHaveLength(1);
    expect(text.match(/https:\/\/example\.org\/call/g)).toHaveLength(1);
    expect(text.indexOf('  3. sentence 9')).toBeGreaterThan(text.indexOf('  1. sentences 3–4'));
    expect(text.indexOf('  3. sentence 9')).toBeLessThan(text.indexOf('Other Story'));
  });

  it('GIVEN a passage that opens with its own quotation mark THEN no second mark is added', () => {
    expect(formatReadable(answer())).toContain('\n     "We told him," she said.');
    expect(formatReadable(answer())).not.toContain('""');
  });

  it('GIVEN a passage with context THEN the matching sentence is marked, in bold on a terminal', () => {
    expect(formatReadable(answer())).toContain('▸ The leaders held a 15-minute call. ◂ It was cordial.');
    expect(formatReadable(answer(), { ansi: true })).toContain('\x1b[1mThe leaders held a 15-minute call.\x1b[22m It was cordial.');
  });

  it('GIVEN the words that answer THEN a terminal underlines them within the bold sentence; plain text and JSON keep the quote as it is, JSON naming them', () => {
    const withAnswer = (p: Passage): Passage => ({ ...p, answer: '15-minute' });
    const a = answer();
    const marked = { ...a, passages: [withAnswer(a.passages[0]!), ...a.passages.slice(1)] };
    expect(formatReadable(marked, { ansi: true })).toContain('\x1b[1mThe leaders held a \x1b[4m15-minute\x1b[24m call.\x1b[22m It was cordial.');
    expect(formatReadable(marked)).toContain('▸ The leaders held a 15-minute call. ◂ It was cordial.');
    const json = toJsonAnswer(marked);
    expect(json.passages[0]).toMatchObject({ text: 'The leaders held a 15-minute call. It was cordial.', answer: '15-minute' });
    expect('answer' in json.passages[1]!).toBe(false);
  });

  it('GIVEN no passage giving the kind of answer asked for THEN the text says so under the confidence, and JSON names the kind', () => {
    expect(formatReadable(answer({ confidence: 'low', notGiven: 'age' }))).toMatch(/Confidence: low[^\n]*\nNone of these passages gives an age\./);
    expect(toJsonAnswer(answer({ notGiven: 'date' })).notGiven).toBe('date');
    expect('notGiven' in toJsonAnswer(answer())).toBe(false);
    // A question about a later instance ("When is the next call?") of passages giving only earlier days.
    expect(formatReadable(answer({ confidence: 'low', notGiven: 'later-date' }))).toMatch(/\nNone of these passages gives a date after its report\./);
  });

  it('GIVEN low confidence THEN it is said as a caveat', () => {
    expect(formatReadable(answer({ confidence: 'low' }))).toMatch(/Confidence: low — check the passages/);
    expect(formatReadable(answer())).toMatch(/Confidence: medium\n/);
  });

  it('GIVEN control characters in the question THEN they are shown escaped, never sent to the terminal', () => {
    const text = formatReadable(answer({ question: 'What is \x1b[31mred\x07?' }));
    expect(text).toContain('What is \\u{1b}[31mred\\u{7}?');
    expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(escapeControls('a tab\tand a bell\x07')).toBe('a tab\tand a bell\\u{7}');
  });

  it('GIVEN a refusal for words never mentioned THEN it says which, and labels the nearest passages', () => {
    const text = formatReadable(answer({ answered: false, confidence: null, notMentioned: ['tariffs'] }));
    expect(text).toContain("The coverage in the corpus doesn't answer this (it never mentions tariffs).");
    expect(text).toContain('Nearest passages (not an answer):');
  });

  it('GIVEN a refusal because the closest match is from a document that never names what the question names THEN it says so, in text and JSON', () => {
    const refused = answer({ answered: false, confidence: null, namedElsewhere: ['Mexico City'] });
    expect(formatReadable(refused)).toContain("The coverage in the corpus doesn't answer this (the closest match is from a document that never mentions Mexico City).");
    expect(toJsonAnswer(refused).namedElsewhere).toEqual(['Mexico City']);
    expect('namedElsewhere' in toJsonAnswer(answer())).toBe(false);
  });

  it('GIVEN a refusal because the closest document never gives the kind of answer asked for THEN it says which, in text and JSON', () => {
    const refused = answer({ answered: false, confidence: null, neverGiven: 'age' });
    expect(formatReadable(refused)).toContain("The coverage in the corpus doesn't answer this (the document closest to it never gives an age).");
    expect(toJsonAnswer(refused).neverGiven).toBe('age');
    expect('neverGiven' in toJsonAnswer(answer())).toBe(false);
    const noTime = answer({ answered: false, confidence: null, neverGiven: 'time' });
    expect(formatReadable(noTime)).toContain("The coverage in the corpus doesn't answer this (the document closest to it never gives a time of day).");
  });

  it('GIVEN a refusal because the coverage mentions what it asks about, but never together THEN it says so, in text and JSON', () => {
    const refused = answer({ answered: false, confidence: null, neverTogether: ['capital', 'venezuela'] });
    expect(formatReadable(refused)).toContain("The coverage in the corpus doesn't answer this (it mentions \u201ccapital\u201d and \u201cvenezuela\u201d, but never together).");
    expect(toJsonAnswer(refused).neverTogether).toEqual(['capital', 'venezuela']);
    expect('neverTogether' in toJsonAnswer(answer())).toBe(false);
    const three = answer({ answered: false, confidence: null, neverTogether: ['speed', 'sound', 'water'] });
    expect(formatReadable(three)).toContain('(it mentions \u201cspeed\u201d, \u201csound\u201d and \u201cwater\u201d, but never together)');
  });

  it('GIVEN a refused question that does not look like English THEN it says questions are read in English', () => {
    const text = formatReadable(answer({ answered: false, confidence: null, notEnglish: true }));
    expect(text).toContain(NOT_ENGLISH_HINT);
    expect(toJsonAnswer(answer({ answered: false, confidence: null, notEnglish: true })).notEnglish).toBe(true);
    expect('notEnglish' in toJsonAnswer(answer())).toBe(false);
  });

  it('GIVEN an answer to a question with words the coverage never uses THEN it says which under the confidence line, and in JSON', () => {
    const text = formatReadable(answer({ confidence: 'low', missing: ['sports'] }));
    expect(text.split('\n').slice(1, 3)).toEqual(['Confidence: low — check the passages before relying on them.', 'The coverage never uses the word “sports”.']);
    expect(formatReadable(answer({ missing: ['sports', 'language'] }))).toContain('The coverage never uses the words “sports”, “language”.');
    expect(toJsonAnswer(answer({ missing: ['sports'] })).missing).toEqual(['sports']);
    expect('missing' in toJsonAnswer(answer())).toBe(false);
    expect(formatReadable(answer())).not.toContain('never uses');
  });

  it('GIVEN an answer correcting a yes/no question THEN it says what the first passage says instead, under the confidence line, and in JSON', () => {
    const corrected = { asked: 'Tuesday', said: 'Monday' };
    expect(formatReadable(answer({ corrected })).split('\n')[2]).toBe('The first passage says “Monday”, not “Tuesday”.');
    expect(toJsonAnswer(answer({ corrected })).corrected).toEqual(corrected);
    expect('corrected' in toJsonAnswer(answer())).toBe(false);
  });

  it('GIVEN a question read as about the latest story\'s people THEN the question line names them, escaped, and JSON lists them; otherwise neither', () => {
    const readAsAbout = ['Claudia Sheinbaum', 'Donald Trump'];
    expect(formatReadable(answer({ readAsAbout })).split('\n')[0]).toMatch(/^Q: .* \(read as about “Claudia Sheinbaum” and “Donald Trump”, whom the latest story names first\)$/);
    expect(formatReadable(answer({ readAsAbout: ['\x1b[31mX'] }))).not.toContain('\x1b[31m');
    expect(toJsonAnswer(answer({ readAsAbout })).readAsAbout).toEqual(readAsAbout);
    expect('readAsAbout' in toJsonAnswer(answer())).toBe(false);
    expect(formatReadable(answer()).split('\n')[0]).not.toContain('read as about');
    // One person, or three, read as a sentence lists them.
    expect(formatReadable(answer({ readAsAbout: ['Maru Campos'] })).split('\n')[0]).toMatch(/ \(read as about “Maru Campos”, whom the latest story names first\)$/);
    expect(formatReadable(answer({ readAsAbout: ['A B', 'C D', 'E F'] })).split('\n')[0]).toMatch(/ \(read as about “A B”, “C D” and “E F”, whom/);
  });

  it('GIVEN a question whose words were read as others THEN the question line says how, escaped, and JSON lists them; otherwise neither', () => {
    const readAs = [{ typed: 'phnoe', read: 'phone' }, { typed: 'Marc', read: 'Marco' }];
    expect(formatReadable(answer({ readAs })).split('\n')[0]).toMatch(/^Q: .* \(read “phnoe” as “phone”, “Marc” as “Marco”\)$/);
    expect(formatReadable(answer({ readAs: [{ typed: '\x1b[31m', read: 'x' }] }))).not.toContain('\x1b[31m');
    expect(toJsonAnswer(answer({ readAs })).readAs).toEqual(readAs);
    expect('readAs' in toJsonAnswer(answer())).toBe(false);
    expect(formatReadable(answer()).split('\n')[0]).not.toContain('read “');
  });

  it('GIVEN a refusal with questions to try THEN they are listed last, escaped; an answer lists none', () => {
    const refused = formatReadable(answer({ answered: false, confidence: null, examples: ['What does the coverage say about Rubio?', 'Bad\x1b[31m'] }));
    expect(refused.split('\n').slice(-3)).toEqual(['Questions the coverage answers, for example:', '• What does the coverage say about Rubio?', '• Bad\\u{1b}[31m']);
    expect(formatReadable(answer({ examples: ['What does the coverage say about Rubio?'] }))).not.toContain('for example');
  });

  it('GIVEN a question that named an outlet THEN the question line says only its coverage was searched, and JSON names it; otherwise neither', () => {
    expect(formatReadable(answer({ outlet: 'Polar Herald' })).split('\n')[0]).toMatch(/^Q: .* \(searched Polar Herald's coverage only\)$/);
    expect(formatReadable(answer({ outlet: 'Bad\x1b[31m' }))).not.toContain('\x1b[31m');
    expect(toJsonAnswer(answer({ outlet: 'Polar Herald' })).outlet).toBe('Polar Herald');
    expect('outlet' in toJsonAnswer(answer())).toBe(false);
    expect(formatReadable(answer()).split('\n')[0]).not.toContain('searched');
  });

  it('GIVEN an overview THEN it says the passages are how the coverage opens, with no confidence line', () => {
    const text = formatReadable(answer({ confidence: null, overview: true }));
    expect(text.split('\n')[1]).toBe(OVERVIEW_HEADING);
    expect(text).not.toContain('Confidence');
    expect(toJsonAnswer(answer({ confidence: null, overview: true })).overview).toBe(true);
    expect('overview' in toJsonAnswer(answer())).toBe(false);
  });

  it('GIVEN an overview of what comes next THEN its heading says so, and JSON marks it', () => {
    expect(formatReadable(answer({ confidence: null, overview: true, outlook: true })).split('\n')[1]).toBe(OUTLOOK_HEADING);
    expect(toJsonAnswer(answer({ confidence: null, overview: true, outlook: true })).outlook).toBe(true);
    expect('outlook' in toJsonAnswer(answer({ confidence: null, overview: true }))).toBe(false);
  });

  it('GIVEN "What else…?" answered or refused THEN its line says the passages quoted before were left out; any other question says nothing of it', () => {
    const asked = { question: 'What else did she say?', besidesQuoted: true as const };
    expect(formatReadable(answer(asked)).split('\n')[0]).toBe('Q: What else did she say? (leaving out the passages quoted before)');
    const refused = formatReadable(answer({ ...asked, answered: false, confidence: null, passages: [] })).split('\n');
    expect(refused.slice(0, 2)).toEqual(['Q: What else did she say? (leaving out the passages quoted before)', "The coverage in the corpus doesn't answer this."]);
    expect(formatReadable(answer()).split('\n')[0]).toBe('Q: How long was the call?');
  });

  it('GIVEN what follows a quoted passage ("What happened next?") THEN it says whose account it continues, with no confidence line; the end of it says so', () => {
    const text = formatReadable(answer({ confidence: null, readOn: { title: 'Harbour deal \x1b[31msigned' } }));
    expect(text.split('\n')[1]).toBe('What “Harbour deal \\u{1b}[31msigned” says next (in its own order, after the passage quoted before):');
    expect(text).not.toContain('Confidence');
    expect(toJsonAnswer(answer({ confidence: null, readOn: { title: 'Harbour deal signed' } })).readOn).toEqual({ title: 'Harbour deal signed' });
    const end = { ...conversationalAnswer('and then?', 'read-to-end', () => []), readOn: { title: 'Harbour deal signed' } };
    expect(formatReadable(end)).toBe('Q: and then?\nThat is where “Harbour deal signed” ends: nothing follows the passage quoted before. Ask about something else it covers.');
  });
});

describe('the JSON answer', () => {
  it('GIVEN a refusal naming words THEN notMentioned is in the object; an answer has no such key', () => {
    expect(toJsonAnswer(answer({ answered: false, confidence: null, notMentioned: ['tariffs'] })).notMentioned).toEqual(['tariffs']);
    expect('notMentioned' in toJsonAnswer(answer())).toBe(false);
  });

  it('GIVEN small talk THEN the reply is in kind: examples to try after a greeting, none after thanks; said in JSON too', () => {
    const examples = ['What does the coverage say about Ana Silva?'];
    const hi = formatReadable(conversationalAnswer('hi', 'greeting', () => examples));
    expect(hi).toMatch(/^Q: hi\nHi! I answer questions about the news coverage/);
    expect(hi).toContain('npm run ask -- "your question"');
    expect(hi).toContain('• What does the coverage say about Ana Silva?');
    expect(hi).not.toMatch(/confidence|doesn't answer/i);
    // Thanks offers no examples: they are not even computed (the first call may build the suggestion list).
    const thanks = formatReadable(conversationalAnswer('thanks!', 'thanks', () => { throw new Error('examples asked for'); }));
    expect(thanks).toBe('Q: thanks!\nYou’re welcome! Ask again any time.');
    const vague = formatReadable(conversationalAnswer('what is \x1b[31mit?', 'no-subject', () => examples));
    expect(vague).toContain('There is nothing in “what is \\u{1b}[31mit?” to look for');
    expect(formatReadable(conversationalAnswer('more', 'more', () => []))).toBe('Q: more\nMore of which answer? Ask the question again with --top K for its first K passages: npm run ask -- --top 6 "your question"');
    expect(toJsonAnswer(conversationalAnswer('help', 'help', () => examples))).toEqual({ question: 'help', answered: false, confidence: null, conversational: 'help', examples, passages: [] });
  });
});

describe('a passage other documents print in the same words', () => {
  const REPRINT = { docId: 'gazette.md', title: 'The Gazette', section: 'World', sentences: [2, 2] as [number, number], url: 'https://gazette.example/call', date: '2026-01-13' };
  const withCopy = () =>
    answer({
      passages: [
        { ...passage('The leaders held a 15-minute call. It was cordial.', 'The leaders held a 15-minute call.', { ...DOC, sentences: [3, 4] }), alsoIn: [{ citation: REPRINT, focus: 'The leaders held a 15-minute call.' }] },
        passage('The call ended with an agreement.', 'The call ended with an agreement.', { ...DOC, sentences: [9, 9] }),
      ],
    });

  it('GIVEN a passage with a copy THEN the readable answer names the other document under it, at its sentence, with its date and URL', () => {
    const lines = formatReadable(withCopy()).split('\n');
    const at = lines.indexOf('     ▸ The leaders held a 15-minute call. ◂ It was cordial.');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('     also in: The Gazette (sentence 2, as of 2026-01-13) https://gazette.example/call');
    expect(lines[at + 2]).toBe('  2. sentence 9');
  });

  it('GIVEN documents whose metadata names their outlet THEN the heading and the "also in" line name it; the JSON passage carries it', () => {
    const named = answer({
      passages: [{ ...passage('The call was short.', 'The call was short.', { ...DOC, publisher: 'Polar Herald', sentences: [3, 3] }), alsoIn: [{ citation: { ...REPRINT, publisher: 'The \x1b[31mGazette' }, focus: 'The call was short.' }] }],
    });
    const text = formatReadable(named);
    expect(text).toContain(`${DOC.title} — Polar Herald — as of ${DOC.date}\n`);
    // The outlet is metadata from a file: a control character in it is shown, not sent to the terminal.
    expect(text).toContain('     also in: The Gazette (The \\u{1b}[31mGazette, sentence 2, as of 2026-01-13)');
    expect(toJsonAnswer(named).passages[0]).toMatchObject({ source: DOC.title, publisher: 'Polar Herald' });
  });

  it('GIVEN a wire story in many outlets THEN four are named under the passage and the rest counted', () => {
    const many = answer({
      passages: [{ ...passage('The call was short.', 'The call was short.', { ...DOC, sentences: [3, 3] }), alsoIn: [1, 2, 3, 4, 5, 6].map((n) => ({ citation: { ...REPRINT, title: `Outlet ${n}` }, focus: 'The call was short.' })) }],
    });
    const lines = formatReadable(many).split('\n');
    expect(lines.filter((l) => l.startsWith('     also in: '))).toHaveLength(4);
    expect(lines.at(-1)).toBe('     also in 2 more (--json lists them all)');
    expect(toJsonAnswer(many).passages[0]!.alsoIn).toHaveLength(6);
  });

  it('GIVEN a passage with a copy THEN the JSON passage lists it as alsoIn; a passage without one has no such key', () => {
    const json = toJsonAnswer(withCopy());
    expect(json.passages[0]!.alsoIn).toEqual([{ source: 'The Gazette', location: '§ World, sentence 2', url: 'https://gazette.example/call' }]);
    expect('alsoIn' in json.passages[1]!).toBe(false);
  });
});

describe('passages that give one figure differently', () => {
  const GAZETTE = { docId: 'gazette.md', title: 'The Gazette', section: null, url: null, date: '2026-01-13' };
  const differing = () =>
    answer({
      passages: [
        passage('The leaders held a 15-minute call.', 'The leaders held a 15-minute call.', { ...DOC, sentences: [3, 3] }),
        passage('The leaders held a 20-minute call.', 'The leaders held a 20-minute call.', { ...GAZETTE, sentences: [3, 3] }),
      ],
      differences: [{ passages: [0, 1], figures: ['15-minute', '20-minute'] }],
    });

  it('GIVEN a difference THEN the readable answer says so above the passages, with each source and date', () => {
    const lines = formatReadable(differing()).split('\n');
    expect(lines[2]).toBe('The sources differ: “15-minute” (passage 1, The Call, 2026-01-12), “20-minute” (passage 2, The Gazette, 2026-01-13).');
  });

  it('GIVEN a difference between two outlets THEN the note names each outlet after its title', () => {
    const a = differing();
    a.passages[0]!.citation.publisher = 'Polar Herald';
    a.passages[1]!.citation.publisher = 'Daily\u0007Wire';
    expect(formatReadable(a).split('\n')[2]).toBe('The sources differ: “15-minute” (passage 1, The Call, Polar Herald, 2026-01-12), “20-minute” (passage 2, The Gazette, Daily\\u{7}Wire, 2026-01-13).');
  });

  it('GIVEN a difference THEN the JSON lists it; an answer without one has no such key', () => {
    expect(toJsonAnswer(differing()).differences).toEqual([{ passages: [0, 1], figures: ['15-minute', '20-minute'] }]);
    expect('differences' in toJsonAnswer(answer())).toBe(false);
  });
});
