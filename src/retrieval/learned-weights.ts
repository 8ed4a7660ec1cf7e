/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1225,"hit1Hand":0.85,"hit1Learned":0.8765,"answeredSingle":0.9803,"answeredMixed":0.9705,"unanswerableRefused":0.1849,"offTopicRefused":0.9596,"threshold":0.1876,"answeredEvent":1,"offTopicRefusedEvent":0.9712,"aurocAnswerableVsUnanswerable":0.6612}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225,"inOrder":0},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers 97.5% of the tune articles' answerable questions (every article alone and in the mixed corpus weighing the same) and at least 90% of each; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.1383,"weights":[0,0,0,0,0,0,1.1859,0.0702,-0.1801,-0.4207,-0.2892,-0.3712,0,0.5984,0,-4.1242,0,0,0,0,-3.779,-4.455,-0.8107,-4.143,0,0,-2.2927]},
  threshold: 0.1876,
  right: {"intercept":0.0286,"weights":[0.1042,0,0,0,-0.3265,0,0.757,0,0,-0.4958,-0.3874,-0.4765,0,0.3285,0,-3.9702,0,0,-0.0399,0,0,0,-0.762,0,1.3757,-2.2617,-6.8352]},
  bands: { high: 0.8, medium: 0.5 },
};
