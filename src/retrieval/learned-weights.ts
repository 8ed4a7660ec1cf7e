/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1069,"hit1Hand":0.8378,"hit1Learned":0.8652,"answeredSingle":0.9818,"answeredMixed":0.9758,"unanswerableRefused":0.1657,"offTopicRefused":0.9432,"threshold":0.1636,"answeredEvent":0.95,"offTopicRefusedEvent":0.9545,"aurocAnswerableVsUnanswerable":0.6531}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.249,"weights":[0,0,0,0,0,0,1.2462,0.0397,0,-0.158,0,-0.3132,0,0.3727,0.0695,-4.612,0,-0.0171,0,-0.3523,-3.7828,-2.4807,-1.232,-3.2128,0,0,-1.6088]},
  threshold: 0.1636,
  right: {"intercept":-0.083,"weights":[0,0,0,0,0,0,0.7404,0,0,-0.5134,0,-0.289,0,0.6143,0,-4.1952,0,0,-0.0218,0,0,-6.9007,-1.6084,0,1.1723,-2.3727,-1.7192]},
  bands: { high: 0.8, medium: 0.5 },
};
