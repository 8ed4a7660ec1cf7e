/** Words that say what a question asks of a thing rather than name it. */
import { describe, expect, it } from 'vitest';
import { asksAspect, classifiersIn, withoutStance } from '../../src/retrieval/asked-of.ts';

describe('classifier nouns', () => {
  it('GIVEN "what type of" or "which kinds of" THEN the classifier is found; a noun not before "of" is not', () => {
    expect(classifiersIn('What type of revolution did Maududi advocate?')).toEqual(new Set(['type']));
    expect(classifiersIn('Which kinds of aid and what form of help were offered?')).toEqual(new Set(['kinds', 'form']));
    expect(classifiersIn('What sports does Sheinbaum like?')).toEqual(new Set());
    expect(classifiersIn('What type is it?')).toEqual(new Set());
  });

  it('GIVEN "the name of", "X\'s name", or "list" / "name" as the request THEN that word is found; a name asked about is not', () => {
    expect(classifiersIn('What was the name of the first German settlement?')).toEqual(new Set(['name']));
    expect(classifiersIn("what is mexico's foreign minister's name")).toEqual(new Set(['name']));
    expect(classifiersIn('List the metrics Sheinbaum mentioned')).toEqual(new Set(['list']));
    expect(classifiersIn('Name the leaders on the call')).toEqual(new Set(['name']));
    expect(classifiersIn('How did the name change?')).toEqual(new Set());
    expect(classifiersIn('Who is on the list?')).toEqual(new Set());
  });
});

describe('aspect words', () => {
  it('GIVEN an aspect asked of a thing ("the outcome of", "Mexico\'s role", "what topics") THEN it asks an aspect; the same word as the thing itself does not', () => {
    expect(asksAspect('outcome', 'the', 'of')).toBe(true);
    expect(asksAspect('role', 's', undefined)).toBe(true);
    expect(asksAspect('topics', 'what', 'were')).toBe(true);
    expect(asksAspect('outcome', 'an', 'surprised')).toBe(false);
    expect(asksAspect('tariffs', 'the', 'on')).toBe(false);
  });

  it('GIVEN what someone means to do or why, or what came before ("Mexico\'s plan", "the reasons for", "their demands", "the background to") THEN it asks an aspect; the plan as a thing ("a plan was announced") does not', () => {
    expect(asksAspect('plan', 's', 'now')).toBe(true);
    expect(asksAspect('reasons', 'the', 'for')).toBe(true);
    expect(asksAspect('demands', 'their', undefined)).toBe(true);
    expect(asksAspect('strategy', 'what', 'is')).toBe(true);
    expect(asksAspect('background', 'the', 'to')).toBe(true);
    // "What's the relationship like between…?"
    expect(asksAspect('relationship', 'the', 'like')).toBe(true);
    expect(asksAspect('plan', 'a', 'was')).toBe(false);
  });
});

describe('stand words', () => {
  it('GIVEN a stand asked of someone, or their own words THEN the word goes; a position that is a thing stays', () => {
    expect(withoutStance("What is Mexico's position on intervention?")).not.toMatch(/position/);
    expect(withoutStance('whats sheinbaums position').trim()).toBe('whats sheinbaums');
    expect(withoutStance('What were her exact words about Venezuela?')).not.toMatch(/words/);
    expect(withoutStance("What was Tesla's position at the company?")).toContain('position');
  });

  it('GIVEN a stand of an owner named before it ("the US position", "the Mexican stance on troops") THEN the word goes; "the final position", "the position of the fort" stay', () => {
    expect(withoutStance('whats the us position').trim()).toBe('whats the us');
    expect(withoutStance('What is the U.S. position on cartels?')).not.toMatch(/position/);
    expect(withoutStance('What is the Mexican stance on troops?')).not.toMatch(/stance/);
    expect(withoutStance('What was the White House response?')).not.toMatch(/response/);
    expect(withoutStance('What was the final position?')).toContain('position');
    expect(withoutStance('What was the position of the fort?')).toContain('position');
  });

  it('GIVEN whom it was said to ("what did Sheinbaum tell reporters", "say to the press") THEN the audience goes; the press as the subject stays', () => {
    expect(withoutStance('What did Sheinbaum tell reporters?')).not.toMatch(/reporters/);
    expect(withoutStance('what did she say to the press')).not.toMatch(/press/);
    expect(withoutStance('What did the press report about the call?')).toContain('press');
    expect(withoutStance('How many reporters attended?')).toContain('reporters');
  });
});
