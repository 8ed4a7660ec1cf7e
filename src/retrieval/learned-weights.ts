/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.0894,"hit1Hand":0.8305,"hit1Learned":0.8489,"answeredSingle":0.9833,"answeredMixed":0.9742,"unanswerableRefused":0.1534,"offTopicRefused":0.9432,"threshold":0.1606,"answeredEvent":0.95,"offTopicRefusedEvent":0.9545,"aurocAnswerableVsUnanswerable":0.6474}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, every corpus weighing the same (tune half, offline model)",
  weights: {"lexical":0.3308,"dense":0.2062,"neighbour":0.05,"phrase":0.25,"answerType":0.7803,"functionWords":0,"coverage":0.085,"neighbourCoverage":0,"documentCoverage":0,"softCoverage":0.05,"documentPosterior":0.075,"titleCoverage":0.1},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) in bands (tune half, offline model)",
  answerable: {"intercept":0.1382,"weights":[0,0,0,0,0,0,1.2415,0.035,-0.1195,-0.0724,0,-0.4097,0,0.3084,0.0676,-4.1481,0,-0.0828,0,-0.2328,-3.4589,-2.3745,-1.4211,-3.1455]},
  threshold: 0.1606,
  right: {"intercept":-0.0596,"weights":[0.4221,0,0,0,0,0,0.5519,0.116,-0.0148,-1.1179,-0.0817,-0.3782,0,0.6953,0,-3.914,0,0,0,0,0,-6.7869,-1.6725,0]},
  bands: { high: 0.8, medium: 0.5 },
};
