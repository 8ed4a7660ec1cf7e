/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1227,"hit1Hand":0.85,"hit1Learned":0.8769,"answeredSingle":0.978,"answeredMixed":0.9712,"unanswerableRefused":0.1852,"offTopicRefused":0.9567,"threshold":0.1799,"answeredEvent":1,"offTopicRefusedEvent":0.9615,"aurocAnswerableVsUnanswerable":0.6609}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225,"inOrder":0},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers 97.5% of the tune articles' answerable questions (every article alone and in the mixed corpus weighing the same) and at least 90% of each; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.1874,"weights":[0.0092,0,0,0,0,0,1.1854,0.0783,-0.1951,-0.4474,-0.2919,-0.3914,0,0.5325,0.0016,-4.1098,0,0,0,0,-3.7757,-2.9624,-0.8199,-4.128,0,0,-2.2938]},
  threshold: 0.1799,
  right: {"intercept":-0.0787,"weights":[0.149,0,0,0,-0.2459,0,0.8008,0,0,-0.4285,-0.3622,-0.5083,0,0.3734,0,-3.968,0,0,-0.0355,0,0,0,-0.7134,0,1.2964,-2.2581,-6.8409]},
  bands: { high: 0.8, medium: 0.5 },
};
