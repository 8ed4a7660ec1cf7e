import { describe, expect, it } from 'vitest';
import { normaliseChat } from '../../src/retrieval/chat-words.ts';

describe('chat words', () => {
  it.each([
    ['whats the deal', 'what is the deal'],
    ['wat did rubio want', 'what did rubio want'],
    ['what did u hear', 'what did you hear'],
    ['hed already left', 'he had already left'],
    ['Whats up', 'what is up'],
    ['WAT did U see', 'what did you see'],
    ['intl reaction this yr', 'international reaction this year'],
    ['how long did trump n sheinbaum talk', 'how long did trump and sheinbaum talk'],
    ['how long wuz the call', 'how long was the call'],
  ])('GIVEN "%s" THEN it reads "%s"', (chat, plain) => {
    expect(normaliseChat(chat)).toBe(plain);
  });

  it('GIVEN a short form ("dept", "approx") THEN it is read as its word unless the coverage writes the short form itself', () => {
    expect(normaliseChat('what did the state dept say')).toBe('what did the state department say');
    expect(normaliseChat('approx how long', () => false)).toBe('approximately how long');
    expect(normaliseChat('approx how long', (w) => w === 'approx')).toBe('approx how long');
    // The older short forms follow the same rule; "gov" is read as "government" always (a coverage has it from its links).
    expect(normaliseChat('how many mins', (w) => w === 'mins')).toBe('how many mins');
    expect(normaliseChat('what did the gov say', () => true)).toBe('what did the government say');
    expect(normaliseChat('how did she describe the convo')).toBe('how did she describe the conversation');
    expect(normaliseChat('any info on the convo', (w) => w === 'info')).toBe('any info on the conversation');
    // An informal word too, unless the coverage writes it ("kids' menu"); "kidding" is no kid.
    expect(normaliseChat('how many kids are in hospital')).toBe('how many children are in hospital');
    expect(normaliseChat('how many kids are in hospital', (w) => w === 'kids')).toBe('how many kids are in hospital');
    expect(normaliseChat('are you kidding')).toBe('are you kidding');
    // "TV" as news writes it out ("television show host"), in any case; a coverage writing "TV" keeps it.
    expect(normaliseChat('What TV host went to Harvard?')).toBe('What television host went to Harvard?');
    expect(normaliseChat('what tv host went to harvard', (w) => w === 'tv')).toBe('what tv host went to harvard');
    expect(normaliseChat('how many ppl died')).toBe('how many people died');
  });

  it('GIVEN filler like "lol" THEN it disappears and the spaces it leaves close up', () => {
    expect(normaliseChat('lol whats the deal w venezuela lol')).toBe('what is the deal with venezuela');
    expect(normaliseChat('omg   who called')).toBe('who called');
  });

  it('GIVEN what a message says to the bot before its question ("thanks!", "ok so", "bot,") THEN it goes; the same words in a question stay', () => {
    expect(normaliseChat('thanks! and who initiated the call?')).toBe('who initiated the call?');
    expect(normaliseChat('ok so when did they talk')).toBe('when did they talk');
    expect(normaliseChat('wait so is the us sending troops or not')).toBe('is the us sending troops or not');
    expect(normaliseChat('oh and also who is rubio')).toBe('who is rubio');
    expect(normaliseChat('quick question: how long was the call')).toBe('how long was the call');
    expect(normaliseChat('Waiting for the call')).toBe('Waiting for the call');
    expect(normaliseChat('great, thanks. who is rubio')).toBe('who is rubio');
    expect(normaliseChat('yo bot what did rubio want')).toBe('what did rubio want');
    expect(normaliseChat('what did rubio want, bot?')).toBe('what did rubio want?');
    expect(normaliseChat('Who built the bot?')).toBe('Who built the bot?');
    expect(normaliseChat('Bot detection in elections')).toBe('Bot detection in elections');
    expect(normaliseChat('Nice is a city in France')).toBe('Nice is a city in France');
    expect(normaliseChat('Well-known cartels?')).toBe('Well-known cartels?');
    expect(normaliseChat('thanks')).toBe('thanks');
  });

  it('GIVEN "4" or "2" after a verb, last or before what it governs THEN "for" or "to"; GIVEN a figure anywhere else THEN the figure', () => {
    expect(normaliseChat('wat did rubio ask 4?')).toBe('what did rubio ask for?');
    expect(normaliseChat('who did trump talk 2')).toBe('who did trump talk to');
    expect(normaliseChat('what r they waiting 4 the meeting')).toBe('what are they waiting for the meeting');
    for (const kept of ['Did Rubio ask 4 questions?', 'What did the 2 leaders say?', 'Did they meet 2 or 3 times?', 'Was the call on January 2?', 'How many, 4?', 'Did they talk 2.5 hours?', 'Did they talk 2-3 times?'])
      expect(normaliseChat(kept)).toBe(kept);
  });

  it('GIVEN curly apostrophes THEN they become straight ones', () => {
    expect(normaliseChat('What’s Rubio’s job?')).toBe("What's Rubio's job?");
    expect(normaliseChat('‘quoted’')).toBe("'quoted'");
  });

  it('GIVEN ordinary English words that look like chat ("shed", "wont", "ill") THEN they are left alone', () => {
    expect(normaliseChat('The shed was ill kept and the door wont close')).toBe('The shed was ill kept and the door wont close');
  });

  it('GIVEN a chat spelling inside a longer word THEN only whole words change', () => {
    expect(normaliseChat('Watson used a wattle fence')).toBe('Watson used a wattle fence');
    expect(normaliseChat('unlolled')).toBe('unlolled');
  });

  it('GIVEN a name with accented letters ending in a chat spelling ("Kraków", "Łódź u") THEN the name is left whole', () => {
    expect(normaliseChat('Who moved his court from Kraków to Warsaw?')).toBe('Who moved his court from Kraków to Warsaw?');
    expect(normaliseChat('is Zakopaneú near')).toBe('is Zakopaneú near');
    expect(normaliseChat('Łódź u know')).toBe('Łódź you know');
  });
});

describe('names and abbreviations are not chat', () => {
  it.each([
    ['What did the U.S. State Department say?'],
    ['What did George W. Bush say?'],
    ['Did Lula da Silva speak?'],
    ['Is R. Kelly mentioned?'],
  ])('GIVEN %s THEN it is left as it is', (text) => {
    expect(normaliseChat(text)).toBe(text);
  });

  it('GIVEN "w/" and single-letter chat words in lower case THEN they are expanded', () => {
    expect(normaliseChat('whats up w/ u lol')).toBe('what is up with you');
  });
});
