import { describe, expect, it } from 'vitest';
import { agreement, chatStyle } from '../../src/evaluation/chat-style.ts';
import type { EvalRecord } from '../../src/evaluation/run-eval.ts';

describe('questions as typed in a chat', () => {
  it('GIVEN a written question THEN it is lower-cased, its closing marks dropped', () => {
    expect(chatStyle('How many votes did Sheinbaum win?')).toBe('how many votes did sheinbaum win');
    expect(chatStyle('What is the GDP of Mexico?! ')).toBe('what is the gdp of mexico');
    expect(chatStyle('Who is the U.S. Secretary of State?')).toBe('who is the u.s. secretary of state');
    expect(chatStyle('???')).toBe('???');
  });

  it('GIVEN the records of both askings THEN the shares decided alike, and alike with the same first passage', () => {
    const record = (answered: boolean, topText: string | null) => ({ answered, topText }) as EvalRecord;
    const written = [record(true, 'a'), record(true, 'b'), record(false, 'c'), record(false, 'd')];
    const chat = [record(true, 'a'), record(true, 'x'), record(true, 'c'), record(false, 'd')];
    expect(agreement(written, chat)).toEqual({ sameDecision: 0.75, sameFirstPassage: 0.5 });
    expect(() => agreement(written, chat.slice(1))).toThrow(/4 written records against 3/);
  });
});
