/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.089,"hit1Hand":0.8305,"hit1Learned":0.8485,"answeredSingle":0.9833,"answeredMixed":0.9742,"unanswerableRefused":0.1534,"offTopicRefused":0.9432,"threshold":0.1606,"answeredEvent":0.95,"offTopicRefusedEvent":0.9545,"aurocAnswerableVsUnanswerable":0.6473}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, every corpus weighing the same (tune half, offline model)",
  weights: {"lexical":0.3308,"dense":0.2062,"neighbour":0.05,"phrase":0.25,"answerType":0.7803,"functionWords":0,"coverage":0.085,"neighbourCoverage":0,"documentCoverage":0,"softCoverage":0.05,"documentPosterior":0.075},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) in bands (tune half, offline model)",
  answerable: {"intercept":0.1389,"weights":[0,0,0,0,0,0,1.2412,0.0333,-0.1126,-0.0732,0,-0.4087,0,0.3083,0.0671,-4.1483,0,-0.0821,0,-0.2379,-3.4588,-2.3743,-1.4198,-3.1443]},
  threshold: 0.1606,
  right: {"intercept":-0.0585,"weights":[0.4214,0,0,0,0,0,0.5518,0.1142,-0.0056,-1.1172,-0.0811,-0.3796,0,0.6955,0,-3.9178,0,0,0,0,0,-6.7863,-1.6728,0]},
  bands: { high: 0.8, medium: 0.5 },
};
