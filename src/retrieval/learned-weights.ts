/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1055,"hit1Hand":0.8359,"hit1Learned":0.8625,"answeredSingle":0.9856,"answeredMixed":0.9765,"unanswerableRefused":0.1545,"offTopicRefused":0.9455,"threshold":0.1628,"answeredEvent":0.95,"offTopicRefusedEvent":0.9545,"aurocAnswerableVsUnanswerable":0.6457}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.3142,"dense":0.1758,"neighbour":0,"phrase":0.2299,"answerType":0.7481,"functionWords":0,"coverage":0.026,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.095,"documentPosterior":0.1,"titleCoverage":0.33,"nearbyCoverage":0.2731},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.4195,"weights":[0,0,0,0,0,0,1.2645,0.0386,-0.132,-0.1093,0,-0.332,0,0.2477,0.0841,-4.8572,0,-0.0245,0,-0.435,-3.7375,-2.473,-1.2989,-3.1429,0,0]},
  threshold: 0.1628,
  right: {"intercept":0.1405,"weights":[0,0,0,0,-0.0057,0,0.7993,0.0123,0,-0.3781,0,-0.3501,0,0.321,0,-4.3595,0,0,-0.0773,0,0,-6.9504,-1.803,0,1.2608,-2.2288]},
  bands: { high: 0.8, medium: 0.5 },
};
