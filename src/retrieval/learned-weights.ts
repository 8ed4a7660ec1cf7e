/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1189,"hit1Hand":0.8477,"hit1Learned":0.8735,"answeredSingle":0.9773,"answeredMixed":0.9758,"unanswerableRefused":0.1805,"offTopicRefused":0.9568,"threshold":0.1788,"answeredEvent":1,"offTopicRefusedEvent":0.9773,"aurocAnswerableVsUnanswerable":0.6566}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225,"inOrder":0},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.1852,"weights":[0,0,0,0,0,0,1.1675,0.0869,-0.0108,-0.4493,0,-0.3768,0,0.3688,0,-3.8261,0,0,0,-0.2955,-3.788,-2.9878,-0.9502,-3.6276,0,0,-2.2878]},
  threshold: 0.1788,
  right: {"intercept":-0.201,"weights":[0.0175,0,0,0,-0.0899,0,0.8056,0,0,-0.2076,0,-0.4594,0,0.4222,0,-3.7793,0,0,-0.0614,0,0,0,-0.9572,0,1.2192,-2.6609,-6.802]},
  bands: { high: 0.8, medium: 0.5 },
};
