/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1054,"hit1Hand":0.8389,"hit1Learned":0.8636,"answeredSingle":0.978,"answeredMixed":0.9758,"unanswerableRefused":0.1856,"offTopicRefused":0.9568,"threshold":0.1798,"answeredEvent":0.95,"offTopicRefusedEvent":0.9773,"aurocAnswerableVsUnanswerable":0.6594}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225,"inOrder":0},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.0892,"weights":[0,0,0,0,0,0,1.2167,0.0649,-0.0457,-0.3013,0,-0.3594,0,0.3766,0.036,-3.838,0,0,0,-0.1917,-3.8257,-2.9929,-1.0233,-3.4651,0,0,-2.0746]},
  threshold: 0.1798,
  right: {"intercept":-0.2177,"weights":[0,0,0,0,0,0,0.7536,0,0,-0.4062,-0.002,-0.3548,0,0.4934,0,-3.5814,0,0,-0.0477,0,0,0,-1.3295,0,1.2433,-2.8213,-6.5936]},
  bands: { high: 0.8, medium: 0.5 },
};
