import { describe, expect, it } from 'vitest';
import { asksOutlook, readOverviewRequest } from '../../src/retrieval/overview-request.ts';

describe('a question about the coverage as a whole', () => {
  it.each(['Give me a summary', 'tl;dr', 'TLDR?', 'summary pls', 'What happened?', "What's this about?", 'What is the story?', 'key points please', 'Can you catch me up?', 'Quick recap of the news?'])(
    'GIVEN "%s" THEN it asks for an overview',
    (q) => expect(readOverviewRequest(q)).toEqual({ overview: true, subject: null }),
  );

  it.each(['What are your sources?', 'source?', 'whats the source of this', 'Where does this come from?', 'where do you get this from', 'What articles do you have?', 'what do you know'])(
    'GIVEN "%s" (where the answers come from) THEN it asks for the articles, each with its source',
    (q) => expect(readOverviewRequest(q)).toEqual({ overview: true, subject: null }),
  );

  it.each(["What's new?", 'any updates?', 'latest news', 'News?', 'anything new', 'list the key facts', 'timeline of events', 'Who is involved?', 'who are the people involved', 'explain', 'Can you explain?', 'what do the articles say', 'tell me everything', 'whats the bottom line', 'what is the big picture?', 'give me the short version'])(
    'GIVEN "%s" (what is new, the gist, who it is about) THEN it asks for an overview',
    (q) => expect(readOverviewRequest(q)).toEqual({ overview: true, subject: null }),
  );

  it.each(['When was this published?', 'when was the article written', 'Who wrote this?', 'Who published the article?', "what's the date of this article?", 'How old is this article?', 'how up to date is the coverage?', 'who reported on this', 'Who covered the story?', 'Which outlets covered this?', 'what newspapers reported on it', 'when was this article published', "what's the headline?", 'What is the title of this article?'])(
    'GIVEN "%s" (when and by whom the coverage was published) THEN it asks for the articles, each cited with its date and source',
    (q) => expect(readOverviewRequest(q)).toEqual({ overview: true, subject: null }),
  );

  it.each(['When was the report on fentanyl published?', 'Who wrote the constitution?', 'When were the seizures reported?', 'What is the date of the call?', 'Who wrote it?', 'Which newspaper published the poll?', 'Who reported the seizures?', 'Who reported that?', 'What is the title of the law?', 'What were the headlines about Rubio?'])(
    'GIVEN "%s" (a publication of something the coverage reports, or "it") THEN it is a question of its own',
    (q) => expect(readOverviewRequest(q)).toEqual({ overview: false, subject: null }),
  );

  it('GIVEN a saying for the gist ("the bottom line", "in a nutshell") about one thing THEN the saying goes as a whole and that thing is searched', () => {
    expect(readOverviewRequest('whats the bottom line on Rubio')).toEqual({ overview: false, subject: 'whats on Rubio' });
    expect(readOverviewRequest('the call in a nutshell')).toEqual({ overview: false, subject: 'the call' });
    // "line", "picture", "version" alone are what a summary may be asked of.
    expect(readOverviewRequest('Summarise the new version of the law')).toEqual({ overview: false, subject: 'the version of the law' });
    expect(readOverviewRequest('recap of the picture in Venezuela')).toEqual({ overview: false, subject: 'of the picture in Venezuela' });
  });

  it('GIVEN a request for what is new about one thing THEN that thing is searched', () => {
    expect(readOverviewRequest('any news on Rubio?')).toEqual({ overview: false, subject: 'any on Rubio?' });
    expect(readOverviewRequest("What's new with the fentanyl seizures?")).toEqual({ overview: false, subject: "What's with the fentanyl seizures?" });
    expect(readOverviewRequest('can you explain the call?')).toEqual({ overview: false, subject: 'can you the call?' });
    // Not a request at the start: a question of its own.
    expect(readOverviewRequest('How did Sheinbaum describe the call?')).toEqual({ overview: false, subject: null });
    expect(readOverviewRequest('What did she explain?')).toEqual({ overview: false, subject: null });
  });

  it.each(['How did the update change the rules?', 'What are the new tariffs?', 'Who are the people of Mexico?', 'What news did Rubio bring?'])(
    'GIVEN "%s" (news and updates as words of a question) THEN it is a question of its own',
    (q) => expect(readOverviewRequest(q)).toEqual({ overview: false, subject: null }),
  );

  it.each(['What happened to the fentanyl seizures?', 'How long was the call?', 'What did Rubio ask for?', 'Who is Mexico’s foreign minister?', 'What is the source of fentanyl?', 'What are the sources of European Union law?', 'Where did the call come from?'])(
    'GIVEN "%s" THEN it is a question of its own, searched as it stands',
    (q) => expect(readOverviewRequest(q)).toEqual({ overview: false, subject: null }),
  );

  it('GIVEN a request for a summary of one thing THEN that thing is searched, names keeping their capitals', () => {
    expect(readOverviewRequest('Summarise the call')).toEqual({ overview: false, subject: 'the call' });
    expect(readOverviewRequest('Can you give me a quick recap of the Rubio conversation?')).toEqual({ overview: false, subject: 'Can you me a of the Rubio conversation?' });
    expect(readOverviewRequest('tl;dr on fentanyl')).toEqual({ overview: false, subject: 'on fentanyl' });
  });

  it('GIVEN "what does the coverage say about X" THEN X is searched, and "about it" asks for the whole', () => {
    expect(readOverviewRequest('What does the coverage say about Marco Rubio?')).toEqual({ overview: false, subject: 'Marco Rubio' });
    expect(readOverviewRequest('what do the articles say on fentanyl seizures')).toEqual({ overview: false, subject: 'fentanyl seizures' });
    expect(readOverviewRequest('Tell me about Rubio!')).toEqual({ overview: false, subject: 'Rubio' });
    // Asked for the bot's view, it gives the coverage's.
    expect(readOverviewRequest('What do you think about Sheinbaum?')).toEqual({ overview: false, subject: 'Sheinbaum' });
    expect(readOverviewRequest("what's your opinion on the cartels")).toEqual({ overview: false, subject: 'the cartels' });
    expect(readOverviewRequest('any info on rubio?')).toEqual({ overview: false, subject: 'rubio' });
    expect(readOverviewRequest('facts about the call')).toEqual({ overview: false, subject: 'the call' });
    expect(readOverviewRequest('What does the article say about it?')).toEqual({ overview: true, subject: null });
  });

  it('GIVEN "what\'s the deal with X", "what\'s up with X", "what\'s going on w/ X" THEN X is searched, not "deal"', () => {
    expect(readOverviewRequest("what's the deal w rubio")).toEqual({ overview: false, subject: 'rubio' });
    expect(readOverviewRequest('Whats up with the cartels?')).toEqual({ overview: false, subject: 'the cartels' });
    expect(readOverviewRequest('what is going on w/ Venezuela')).toEqual({ overview: false, subject: 'Venezuela' });
    expect(readOverviewRequest("What's the situation with it?")).toEqual({ overview: true, subject: null });
    // A deal that is the subject stays one.
    expect(readOverviewRequest('What was the deal Rubio asked for?')).toEqual({ overview: false, subject: null });
  });

  it('GIVEN a piece of the coverage named by what it is about ("the part about X") THEN X is searched, not "part"', () => {
    expect(readOverviewRequest('summarize the part about venezuela')).toEqual({ overview: false, subject: 'venezuela' });
    expect(readOverviewRequest('tell me about the section on fentanyl')).toEqual({ overview: false, subject: 'fentanyl' });
    expect(readOverviewRequest('explain the part where they talk about troops')).toEqual({ overview: false, subject: 'troops' });
    expect(readOverviewRequest('what does the part about Venezuela say?')).toEqual({ overview: false, subject: 'what does Venezuela say?' });
    // A part that is no piece of the coverage stays in the question.
    expect(readOverviewRequest('Summarise the part played by Rubio')).toEqual({ overview: false, subject: 'the part played by Rubio' });
  });
});

describe('what comes next, asked of the coverage as a whole', () => {
  it.each(['What happens next?', "what's next", 'What now?', 'What are the next steps?', 'next steps?', 'what will happen', 'What comes next?', "What's the outlook?", 'what should we expect', 'so what happens now', 'Where does it go from here?'])(
    'GIVEN "%s" THEN it asks what comes next',
    (question) => expect(asksOutlook(question)).toBe(true),
  );
  it.each(['What happens next for Mexico?', 'What happened next?', 'What is the next step for the cartels?', 'What will happen to Rubio?', 'What happened?', 'Who is next in line?'])(
    'GIVEN "%s" (a subject of its own, or the past) THEN it does not',
    (question) => expect(asksOutlook(question)).toBe(false),
  );
});
