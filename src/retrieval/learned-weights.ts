/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.0856,"hit1Hand":0.8298,"hit1Learned":0.8458,"answeredSingle":0.9811,"answeredMixed":0.9803,"unanswerableRefused":0.1498,"offTopicRefused":0.9409,"threshold":0.1526,"answeredEvent":0.95,"offTopicRefusedEvent":1,"aurocAnswerableVsUnanswerable":0.6489}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, every corpus weighing the same (tune half, offline model)",
  weights: {"lexical":0.3308,"dense":0.2062,"neighbour":0.075,"phrase":0.25,"answerType":0.765,"functionWords":0,"coverage":0.09,"neighbourCoverage":0,"documentCoverage":0,"softCoverage":0.05,"documentPosterior":0.15},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, every corpus weighing the same; threshold answers at least 95% of every tune corpus's answerable questions; confidence = P(first passage right) in bands (tune half, offline model)",
  answerable: {"intercept":0.2107,"weights":[0,0,0,0,0,0,1.2057,0.0654,-0.0762,-0.3753,0,-0.443,-1.8686,0.4041,0.0801,-4.3721,0,-0.0484,0,-0.6315,-3.431,-2.31,-1.3869]},
  threshold: 0.1525,
  right: {"intercept":-0.1472,"weights":[0.4765,0,0,0,0,0,0.5871,0.07,0,-1.4265,-0.1217,-0.3264,0,0.7962,0,-3.76,0,0,0,0,0,-6.7004,-1.8593]},
  bands: { high: 0.8, medium: 0.5 },
};
