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
  ])('GIVEN %j THEN it is a question (or keywords)', (q) => {
    expect(queryForm(q)).toBe('question');
  });

  it.each([
    'the offer of U.S. troops was not welcome',
    'Then came the children of Israel, even the',
    'It is not in heaven, that thou shouldest say? Who shall go',
    'Who said "a very good conversation"?',
    'where does it say “we will not accept intervention”',
  ])('GIVEN %j THEN it quotes the coverage', (q) => {
    expect(queryForm(q)).toBe('quote');
  });

  it('GIVEN a two-word quotation THEN it is still a question', () => {
    expect(queryForm('Who called it "very good"?')).toBe('question');
  });
});
