import { describe, expect, it } from 'vitest';
import { queryForm } from '../../src/retrieval/query-form.ts';

describe('query form', () => {
  it.each([
    'How long was the call?',
    'how long was the call',
    'did Trump offer to send troops to mexico',
    'Tell me what Sheinbaum said about sovereignty',
    'The call lasted how long?',
    'fentanyl seizure figures',
    'Rubio de la Fuente meeting',
    // Typed without the mark, asking after a preposition, at the end, or after a comma.
    'in what country is normandy located',
    'by whom was the edict revoked',
    'france laid siege to montpellier in what year',
    'after the huguenots fled, their last bastion was where',
    'according to the theory, what does the name huguenot mean',
  ])('GIVEN %j THEN it is a question (or keywords)', (q) => {
    expect(queryForm(q)).toBe('question');
  });

  it.each([
    'the offer of U.S. troops was not welcome',
    'Then came the children of Israel, even the',
    'It is not in heaven, that thou shouldest say? Who shall go',
    'Who said "a very good conversation"?',
    'where does it say “we will not accept intervention”',
    // Relatives inside or at the end of a line are no question words.
    'and will destroy all the people to whom',
    'of the people who came to the city and',
    'in which they walked and the people saw',
  ])('GIVEN %j THEN it quotes the coverage', (q) => {
    expect(queryForm(q)).toBe('quote');
  });

  it('GIVEN a two-word quotation THEN it is still a question', () => {
    expect(queryForm('Who called it "very good"?')).toBe('question');
  });
});
