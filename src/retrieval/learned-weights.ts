/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.0856,"hit1Hand":0.8298,"hit1Learned":0.8458,"answeredSingle":0.9826,"answeredMixed":0.9742,"unanswerableRefused":0.1534,"offTopicRefused":0.9432,"threshold":0.1612,"answeredEvent":0.95,"offTopicRefusedEvent":0.9545,"aurocAnswerableVsUnanswerable":0.648}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, every corpus weighing the same (tune half, offline model)",
  weights: {"lexical":0.3308,"dense":0.2062,"neighbour":0.075,"phrase":0.25,"answerType":0.765,"functionWords":0,"coverage":0.09,"neighbourCoverage":0,"documentCoverage":0,"softCoverage":0.05,"documentPosterior":0.15},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) in bands (tune half, offline model)",
  answerable: {"intercept":0.1565,"weights":[0,0,0,0,0,0,1.214,0.0266,-0.0971,-0.1442,0,-0.4087,0,0.3162,0.082,-4.11,0,-0.0875,0,-0.1589,-3.4624,-2.3772,-1.4718,-3.1701]},
  threshold: 0.1611,
  right: {"intercept":-0.0923,"weights":[0.4505,0,0,0,0,0,0.5209,0.0931,0,-1.0845,0,-0.4147,0,0.7245,0,-3.9305,0,0,0,0,0,-6.7668,-1.5654,0]},
  bands: { high: 0.8, medium: 0.5 },
};
