/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1059,"hit1Hand":0.8378,"hit1Learned":0.864,"answeredSingle":0.9811,"answeredMixed":0.9765,"unanswerableRefused":0.1842,"offTopicRefused":0.9568,"threshold":0.1731,"answeredEvent":0.95,"offTopicRefusedEvent":0.9545,"aurocAnswerableVsUnanswerable":0.6582}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225,"inOrder":0},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.0947,"weights":[0,0,0,0,0,0,1.2176,0.0525,-0.055,-0.292,0,-0.3449,0,0.3998,0.0411,-3.9261,0,-0.0215,0,-0.2488,-3.8417,-2.9861,-1.0108,-3.3526,0,0,-2.0447]},
  threshold: 0.1731,
  right: {"intercept":-0.238,"weights":[0,0,0,0,0,0,0.7279,0,0,-0.444,0,-0.3101,0,0.5597,0,-3.5133,0,0,-0.0551,0,0,0,-1.4093,0,1.2173,-2.4596,-1.6376]},
  bands: { high: 0.8, medium: 0.5 },
};
