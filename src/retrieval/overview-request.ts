/**
 * Questions about the coverage as a whole — "Give me a summary", "tl;dr", "What happened?", "What's
 * this about?" — have no words of their own to search for; a news article's opening says what it is
 * about, so they are answered with each article's lead (lead-passages.ts). A request for a summary of
 * one thing ("Summarise the call") is that thing's question: the request's words go, the rest is
 * searched as usual, and so is a question that only looks general ("What happened to the fentanyl
 * seizures?"). On a news server "What's new?", "any updates?" and "latest news" are such requests
 * too (the leads come most recent first), and "any news on Rubio?" asks about Rubio. Pure.
 */
import { isStopWord, words } from '../index/terms.ts';

// Phrases that ask for the whole; matched on lower-cased text with "'" and "’" removed.
const SUMMARY = /\btl ?;? ?dr\b|\b(?:summary|summaries|summari[sz]e[sd]?|summari[sz]ing|overview|recap|gist|rundown|highlights|(?:main|key) (?:points?|facts?|takeaways?))\b/;
// Sayings that ask for the gist: taken out as phrases, since "line", "picture" or "version" alone may
// be what a summary is asked of ("Summarise the new version of the law").
const GIST = /\b(?:(?:the )?(?:bottom line|big picture|short version)|in a nutshell|eli5)\b/gi;
// What is new: a request for the coverage's latest, or for the latest on one thing ("any news on Rubio?").
// "updates" and "news" alone only as the whole request ("news?", "updates on the call"): "How did the
// update change the rules?" asks something else.
const LATEST = /^(?:the |any |latest |recent )?(?:news|updates?)\b|\b(?:whats|what is|anything|something) new\b|\b(?:any|latest|recent|new) (?:news|updates?|developments?)\b|\b(?:timeline|chronology)\b/;
// "Explain the call", "can you describe the situation?": a request about what follows it.
const EXPLAIN = /^(?:(?:can|could|would|will) you |please |pls )?(?:explain|describe|elaborate)\b/;
const GENERAL_QUESTION = [
  /\bwhat(?: happened| happens|s happening| is happening|s going on| is going on| went on)\b/,
  /\bwhat(?:s| is| was) (?:this|it|that|the (?:story|news|article|coverage)) (?:all )?about\b/,
  /\bwhat(?:s| is| was) (?:the )?(?:story|news|situation|latest)\b/,
  /\b(?:catch|fill) me (?:up|in)\b/,
  /\bbrief me\b/,
  // Where the answers come from: the coverage's articles, each with its source.
  /\b(?:sources?|references?|citations?)\b/,
  /\bwhere (?:is|does|did|do) (?:this|that|it|the (?:info|information|news|story)|you) (?:come |get (?:this|it|that|your info(?:rmation)?) )?from\b/,
  /\bwhat (?:articles|documents|stories|coverage|news) do you have\b/,
  /\bwhat do you know\b/,
  /\bwhat (?:does|do|did) (?:the |this |that |your )?(?:coverage|articles?|news|story|stories|reports?|sources?|documents?) say\b/,
  /\btell me (?:everything|all)\b/,
  // Who the coverage is about: its leads name them.
  /\bwho (?:is|are|was|were) (?:involved|the (?:people|key players|main players|players|parties)(?: involved)?)\b/,
];

// When and by whom the coverage was published, and under what title ("When was this article
// published?", "Who wrote the article?", "What's the headline?"): the leads are cited with each
// article's title, date and source.
const COVERAGE_NOUN = '(?:article|articles|story|stories|report|reports|coverage|piece|news)';
const THIS_COVERAGE = `(?:(?:this|these|that|those)(?: ${COVERAGE_NOUN})?|the ${COVERAGE_NOUN})`;
const PUBLICATION = [
  new RegExp(`\\b(?:when|what day|what date) (?:was|were|is|are) ${THIS_COVERAGE} (?:published|written|posted|released|updated|dated)\\b`),
  new RegExp(`\\bwho (?:wrote|published|posted|authored|is the (?:author|publisher) of|are the (?:authors|publishers) of) ${THIS_COVERAGE}`),
  new RegExp(`\\bwhat(?:s| is| are) the (?:dates?|publishers?|authors?) of ${THIS_COVERAGE}`),
  // "Who reported on this?", "Which outlets covered the story?": the leads name each outlet. Not "Who
  // reported that?", which after an answer asks who said what it quotes.
  new RegExp(`\\bwho (?:has |have )?(?:reported|covered|is covering)(?: on)? (?!that\\b|those\\b)${THIS_COVERAGE}`),
  /\b(?:which|what) (?:news )?(?:outlets?|newspapers?|papers?|publications?|media|sites?) (?:have |has )?(?:reported|covered|published|ran|wrote)\b/,
  new RegExp(`\\bhow (?:old|recent|current|up to date) (?:is|are) ${THIS_COVERAGE}`),
  // "What's the headline?": the leads are cited with each article's title.
  /\bwhat(?:s| is| was| are| were) the (?:headlines?|titles?)\b/,
];
// The words of such a question: none of them names a subject to search.
const PUBLICATION_WORDS = new Set(
  ('published written posted released updated dated wrote authored author authors publisher publishers date dates day old recent current up article articles story stories report reports coverage piece news ' +
    'reported covered covering outlet outlets newspaper newspapers paper papers publication publications media site sites ran headline headlines title titles')
    .split(' '),
);

// Words of a request for a summary: they say what is wanted, not what about.
const REQUEST = new Set(
  ('summary summaries summarise summarize summarised summarized summarising summarizing overview recap gist rundown ' +
    'highlights main key point points fact facts takeaway takeaways tl dr tldr give tell show need want quick short brief ' +
    'please pls plz thanks thank thx ty catch fill list new news update updates development developments latest recent timeline chronology explain describe elaborate')
    .split(' '),
);
// Words that may stand beside the request without naming a subject of their own.
const GENERAL = new Set(
  'happened happens happening going went story stories news article articles coverage event events document documents situation latest everything all say says today far up source sources reference references citation citations come info information whats involved people players parties'.split(' '),
);

export interface OverviewReading {
  /** The question asks about the coverage as a whole. */
  overview: boolean;
  /** What to search for instead, when the question asks for a summary of one thing ("the call"); else null. */
  subject: string | null;
}

// "What does the coverage say about X?" (what autocomplete offers), "What do the articles say on X",
// "Tell me about X": the coverage is where to look, X what to look for. So in chat "what's the deal
// with X", "what's up with X", "what's going on with X": the deal is no thing the coverage names. And
// "what do you think of X", "your thoughts on X": the bot's view is what the coverage says of X; and
// "any info on X" asks for what it has on X.
const ABOUT = /^\s*(?:what (?:does|do|did) (?:the |this |that |your )?(?:coverage|articles?|news|story|stories|reports?|sources?|documents?|press) (?:say|tell|report|mention)(?: us)? (?:about|on|of|regarding)|tell me (?:more )?about|what do you know about|what do you (?:think|make) (?:about|of)|how do you feel about|(?:what(?:s| is| are) )?your (?:opinion|view|views|take|thoughts?) (?:on|of|about|regarding)|(?:(?:any|some|more|got|what) )?(?:info|information|details|facts)(?: do you have)? (?:on|about|regarding)|what(?:s| is) (?:the (?:deal|story|situation)|up|going on|happening) (?:with|w\/?|about|on|regarding))\s+(.*?)[\s?.!]*$/i;

// "the part about Venezuela", "the section on fentanyl": a piece of the coverage, named by what it is about.
const PIECE = /\b(?:the |that |this )?(?:parts?|sections?|bits?|paragraphs?|portions?|passages?)\s+(?:about|on|regarding|concerning|where they (?:talk|talked|speak|spoke) about)\s+/gi;

export function readOverviewRequest(raw: string): OverviewReading {
  const question = raw.replace(PIECE, ' ').replace(/\s+/g, ' ').trim();
  const reading = readRequest(question);
  // Asked of a piece of the coverage, the question is about what the piece is about.
  return reading.overview || reading.subject !== null || question === raw.trim() ? reading : { overview: false, subject: question };
}

function readRequest(question: string): OverviewReading {
  const about = ABOUT.exec(question.replace(/['’]/g, '').replace(/\s+/g, ' '));
  if (about) {
    const subject = about[1]!;
    const own = words(subject).filter((w) => !isStopWord(w) && !GENERAL.has(w));
    return own.length ? { overview: false, subject } : { overview: true, subject: null };
  }
  const text = question.toLowerCase().replace(/['’]/g, '').replace(/\s+/g, ' ');
  const gist = text.search(GIST) >= 0;
  // The question less any saying for the gist: the request's words, and what it is about, are read from the rest.
  const rest = question.replace(GIST, ' ');
  if (PUBLICATION.some((p) => p.test(text)) && words(question).every((w) => isStopWord(w) || PUBLICATION_WORDS.has(w))) return { overview: true, subject: null };
  const summary = gist || SUMMARY.test(text) || LATEST.test(text) || EXPLAIN.test(text);
  if (!summary && !GENERAL_QUESTION.some((p) => p.test(text))) return { overview: false, subject: null };
  const own = words(rest).filter((w) => !isStopWord(w) && !REQUEST.has(w) && !GENERAL.has(w));
  if (own.length === 0) return { overview: true, subject: null };
  // "What happened to the seizures?" is a question as it stands; "Summarise the seizures" asks about them.
  if (!summary) return { overview: false, subject: null };
  // The question as written (its capitals mark names), less the request's words.
  const subject = rest.split(/\s+/).filter((token) => {
    const folded = words(token.replace(/['’]/g, ''));
    return folded.length > 0 && !folded.every((w) => REQUEST.has(w));
  });
  return { overview: false, subject: subject.join(' ') };
}

// "What happens next?", "what now", "what are the next steps?", "what's the outlook?": what the
// coverage says comes next, asked of it as a whole (matched on the whole message, lower-cased, without
// apostrophes or the question's punctuation). With a subject ("what happens next for Mexico?") it is a
// question as any other.
const OUTLOOK =
  /^(?:(?:and|so|ok|okay)\s+)*(?:what(?:s| is)? next|what (?:happens|will happen|would happen|could happen|is going to happen|comes|will come)(?: next| now)?|what now|what (?:are|were) the next steps|(?:the )?next steps|what(?:s| is) the outlook|what (?:to|should (?:we|i)|can (?:we|i)) expect(?: next| now)?|where (?:does|do|will|can) (?:it|this|that|things) go from here)(?:\s+(?:then|please|pls))?$/;

/** Whether the message asks, of the coverage as a whole, what comes next ("What happens next?"). */
export function asksOutlook(question: string): boolean {
  const bare = question
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[?!.…,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return OUTLOOK.test(bare);
}
