import { describe, expect, it } from 'vitest';
import { initialsOf, outletReader, publishersOf } from '../../src/retrieval/outlet-named.ts';

const outletNamed = (question: string, publishers: readonly string[]) => outletReader(publishers)(question);

const OUTLETS = ['Polar Herald', 'The New York Times', 'Reuters', 'Herald'];

describe('a question naming one of the coverage’s outlets', () => {
  it.each([
    ['according to the polar herald, how long was the call?', 'Polar Herald', 'how long was the call?'],
    ['How long was the call according to Reuters?', 'Reuters', 'How long was the call?'],
    ['What does the Polar Herald say about the call?', 'Polar Herald', 'the call?'],
    ['In the New York Times report, who initiated the call?', 'The New York Times', 'who initiated the call?'],
    ["Reuters' coverage of the cartels", 'Reuters', 'the cartels'],
  ])('GIVEN "%s" THEN it names %s and asks "%s"', (question, publisher, rest) => {
    expect(outletNamed(question, OUTLETS)).toEqual({ publisher, rest });
  });

  it('GIVEN only the outlet ("What did Polar Herald report?") THEN its coverage as a whole is asked for', () => {
    expect(outletNamed('What did Polar Herald report?', OUTLETS)).toEqual({ publisher: 'Polar Herald', rest: '' });
    expect(outletNamed('what did reuters say', OUTLETS)).toEqual({ publisher: 'Reuters', rest: '' });
  });

  it('GIVEN two outlets whose names overlap ("Herald", "Polar Herald") THEN the longer one named is meant', () => {
    expect(outletNamed('What does the Polar Herald say?', OUTLETS)?.publisher).toBe('Polar Herald');
    expect(outletNamed('What does the Herald say?', OUTLETS)?.publisher).toBe('Herald');
  });

  it('GIVEN an outlet with accents or initials ("Süddeutsche Zeitung", "U.S. News") THEN it is named as written, in any case', () => {
    expect(outletNamed('What does the süddeutsche zeitung say about the call?', ['Süddeutsche Zeitung'])).toEqual({ publisher: 'Süddeutsche Zeitung', rest: 'the call?' });
    expect(outletNamed('According to U.S. News, who called?', ['U.S. News'])?.rest).toBe('who called?');
  });

  it('GIVEN an outlet\'s initials ("NYT", "the WSJ\'s", "afp") THEN that outlet is named; in lower case only when no English word', () => {
    const outlets = [...OUTLETS, 'The Wall Street Journal', 'Associated Press', 'Agence France-Presse'];
    expect(outletNamed('What did the NYT say about the call?', outlets)).toEqual({ publisher: 'The New York Times', rest: 'the call?' });
    expect(outletNamed("According to the WSJ's story, who called?", outlets)).toEqual({ publisher: 'The Wall Street Journal', rest: 'who called?' });
    expect(outletNamed('what did nyt report', outlets)).toEqual({ publisher: 'The New York Times', rest: '' });
    expect(outletNamed('what did afp say about rubio', outlets)?.publisher).toBe('Agence France-Presse');
    expect(outletNamed('What did AP report?', outlets)?.publisher).toBe('Associated Press');
    expect(outletNamed('what did ap report', outlets)).toBeNull();
    expect(outletNamed('Is the map right?', outlets)).toBeNull();
    expect(initialsOf('Reuters')).toBeNull();
    expect(initialsOf('The New York Times')).toBe('NYT');
  });

  it('GIVEN no outlet, or a word inside another ("Reutersville") THEN none is named', () => {
    expect(outletNamed('How long was the call?', OUTLETS)).toBeNull();
    expect(outletNamed('Where is Reutersville?', OUTLETS)).toBeNull();
    expect(outletNamed('How long was the call?', [])).toBeNull();
  });

  it('GIVEN documents THEN their outlets are listed once each, those without none', () => {
    expect(publishersOf([{ meta: { publisher: 'Reuters' } }, { meta: { publisher: null } }, { meta: {} }, { meta: { publisher: 'Reuters' } }])).toEqual(['Reuters']);
  });
});
