/**
 * The word lists behind the sentence splitter's decisions (see segment.ts for the rules).
 * Matching is case-sensitive unless a list says otherwise: "Ill." (Illinois) is an
 * abbreviation, "ill." ends a sentence about someone's health.
 */

/** Titles and words that always have something after them: never the end of a sentence. */
export const NEVER_FINAL = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Drs', 'Prof', 'Profs', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Govs',
  'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cmdr', 'Cmdt', 'Adm', 'Sgt', 'Cpl', 'Pvt', 'Rev', 'Hon',
  'Pres', 'Supt', 'Insp', 'Det', 'Atty', 'Amb', 'Msgr', 'Fr', 'Sra', 'Messrs', 'Mme', 'Mmes', 'Mlle',
  // "St." and "Mt." are usually Saint and Mount before a name; "Main St. The…" is given up.
  'St', 'Ste', 'Mt', 'Ft',
  // Roe v. Wade
  'v',
]);

/** Like NEVER_FINAL, matched case-insensitively ("E.g." opens sentences too). */
export const NEVER_FINAL_ANY_CASE = new Set(['vs', 'e.g', 'i.e', 'cf', 'viz', 'approx', 'incl', 'esp', 'resp']);

/** Abbreviations that are followed by a number ("No. 5", "p. 12"); otherwise ordinary words. */
export const BEFORE_NUMBER = new Set([
  'No', 'Nos', 'no', 'nos', 'Nr', 'Vol', 'Vols', 'vol', 'vols', 'p', 'pp', 'Fig', 'Figs', 'fig', 'figs',
  'Art', 'Arts', 'art', 'Sec', 'Secs', 'sec', 'Ch', 'ch', 'Pt', 'pt', 'Para', 'para', 'Ex', 'Ref', 'ref',
  'Tel', 'tel', 'Op', 'op', 'ca', 'c', 'est',
]);

/**
 * Abbreviations that can end a sentence as well as sit inside one: after them the splitter
 * needs the next word to decide (see SENTENCE_STARTERS). Dotted acronyms (U.S., a.m., Ph.D.)
 * and single-letter initials are recognised by shape and behave the same way.
 */
export const AMBIGUOUS = new Set([
  'Inc', 'Corp', 'Co', 'Cos', 'Ltd', 'Bros', 'Jr', 'Sr', 'LLC', 'LLP', 'Plc', 'plc', 'PLC', 'Mfg',
  'Ave', 'Blvd', 'Rd', 'Hwy', 'Dept', 'Univ', 'Assn', 'Intl', 'Natl', 'Govt', 'al',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat',
  // US states as the AP abbreviates them ("San Diego, Calif.").
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky',
  'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn',
  'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wyo',
]);

/**
 * Capitalised words that open sentences but rarely follow an abbreviation inside one:
 * pronouns, determiners, conjunctions, sentence adverbs, prepositions. After "U.S." the next
 * capitalised word is far more often a title or name ("U.S. Secretary of State", "U.S. State
 * Department") than a new sentence, and when it is a new sentence it almost always starts with
 * one of these. Left out on purpose: words that also open titles ("Under Secretary",
 * "First Lady") and "No" ("the U.S. No. 2").
 */
export const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Its', 'His', 'Her', 'Their', 'Our', 'My', 'Your',
  'Some', 'Many', 'Most', 'Much', 'Several', 'Few', 'Both', 'Each', 'Every', 'All', 'Any', 'Another',
  'Other', 'Others', 'Such', 'None', 'Nobody', 'Nothing',
  'I', 'He', 'She', 'It', 'We', 'They', 'You', 'There', 'Here',
  'Who', 'What', 'When', 'Where', 'Why', 'How', 'Which',
  'And', 'But', 'Or', 'Nor', 'So', 'Yet', 'If', 'While', 'Although', 'Though', 'Because', 'Since', 'As',
  'After', 'Before', 'Once', 'Until', 'Unless', 'Whether',
  'However', 'Meanwhile', 'Still', 'Also', 'Instead', 'Moreover', 'Furthermore', 'Nevertheless',
  'Nonetheless', 'Then', 'Thus', 'Therefore', 'Later', 'Earlier', 'Now', 'Today', 'Yesterday',
  'Afterward', 'Afterwards', 'Eventually', 'Finally', 'Indeed', 'Even', 'Only', 'Just', 'Already',
  'Again', 'Overall', 'Separately', 'Similarly', 'Likewise', 'Otherwise', 'Previously', 'Recently',
  'Currently', 'Last', 'Next', 'Not', 'Never', 'Perhaps', 'Maybe',
  'In', 'On', 'At', 'By', 'With', 'Without', 'From', 'To', 'For', 'During', 'Despite', 'According',
  'Among', 'About', 'Against', 'Amid', 'Between', 'Through', 'Within', 'Across', 'Unlike', 'Like',
]);

/** Verbs of saying: `"Stop!" Sheinbaum said.` is one sentence, `"Viva!" Crowds cheered.` two. */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'asked', 'asks', 'added', 'adds', 'replied', 'replies', 'told', 'tells', 'stated',
  'states', 'explained', 'explains', 'insisted', 'insists', 'shouted', 'shouts', 'yelled', 'yells',
  'wrote', 'writes', 'warned', 'warns', 'declared', 'declares', 'noted', 'notes', 'argued', 'argues',
  'answered', 'answers', 'responded', 'responds', 'exclaimed', 'exclaims', 'cried', 'cries',
  'continued', 'continues', 'recalled', 'recalls', 'tweeted', 'tweets', 'posted', 'posts', 'wondered',
  'wonders', 'demanded', 'demands', 'joked', 'jokes', 'whispered', 'whispers',
]);
