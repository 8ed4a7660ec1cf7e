/** Wording every transport shares for why a question was refused. */

/** Under a refusal of a question that does not look like English (retrieval/question-language.ts). */
export const NOT_ENGLISH_HINT = 'The question does not look like English: questions are read in English — try asking it in English.';
