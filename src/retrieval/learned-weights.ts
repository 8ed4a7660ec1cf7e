/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.0856,"hit1Hand":0.8298,"hit1Learned":0.8458,"answeredSingle":0.9879,"answeredMixed":0.9894,"unanswerableRefused":0.1118,"offTopicRefused":0.9023,"threshold":0.1232,"answeredEvent":0.95,"offTopicRefusedEvent":1,"aurocAnswerableVsUnanswerable":0.6486}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, every corpus weighing the same (tune half, offline model)",
  weights: {"lexical":0.3308,"dense":0.2062,"neighbour":0.075,"phrase":0.25,"answerType":0.765,"functionWords":0,"coverage":0.09,"neighbourCoverage":0,"documentCoverage":0,"softCoverage":0.05,"documentPosterior":0.15},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, every corpus weighing the same; threshold answers at least 95% of every tune corpus's answerable questions; confidence = P(first passage right) in bands (tune half, offline model)",
  answerable: {"intercept":0.1569,"weights":[0,0,0,0,0,0,1.2079,0.0643,-0.079,-0.323,0,-0.4366,-1.8882,0.4346,0.0818,-4.3731,0,-0.0352,0,-0.606,-3.4281,-1.2189,-1.3163]},
  threshold: 0.1231,
  right: {"intercept":0.1038,"weights":[0.6151,0,0,0,-0.0382,0,0.5598,0.1543,0,-1.6621,-0.2032,-0.3116,0,0.4802,0,-3.8196,0,0,0,0,0,-2.0752,-2.2659]},
  bands: { high: 0.8, medium: 0.5 },
};
