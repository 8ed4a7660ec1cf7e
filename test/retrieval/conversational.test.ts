import { describe, expect, it } from 'vitest';
import { readConversational } from '../../src/retrieval/conversational.ts';

describe('messages that are not questions about the coverage', () => {
  it.each(['hi', 'Hi!', 'hello there', 'hey bot 👋', 'Good morning everyone', 'yo', '<@123456789> hey'])('GIVEN "%s" THEN it is a greeting', (m) =>
    expect(readConversational(m)).toBe('greeting'),
  );

  it.each(['thanks!', 'Thank you so much!', 'thx', 'ty', 'cheers', 'ok thanks', 'great, thanks again', 'hi, thanks'])('GIVEN "%s" THEN it is thanks', (m) =>
    expect(readConversational(m)).toBe('thanks'),
  );

  it.each(['help', 'Help?', 'what can you do?', 'How does this work?', 'who are you?', 'Who made you?', 'are you an AI?', 'Are you biased?', 'how do you work'])('GIVEN "%s" THEN it asks for help', (m) =>
    expect(readConversational(m)).toBe('help'),
  );

  it.each(['more', 'Tell me more!', 'more please', 'go on', 'anything else?', 'what else?', 'is there anything more?', 'show me more'])(
    'GIVEN "%s" THEN it asks for more of the answer before',
    (m) => expect(readConversational(m)).toBe('more'),
  );

  it.each([
    'what else did Rubio say?',
    'more about the call',
    'hi, how long was the call?',
    'thanks, and when was it?',
    'help me understand the tariffs',
    'Thanks Trump',
    'no thanks',
    'What happened?',
    'what is it?',
    'How long was the call?',
    'Who helped Mexico?',
  ])('GIVEN "%s" THEN it is a question (or no small talk), searched as usual', (m) => expect(readConversational(m)).toBeNull());
});
