/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.0923,"hit1Hand":0.8267,"hit1Learned":0.836,"answeredSingle":0.9788,"answeredMixed":0.9576,"unanswerableRefused":0.068,"offTopicRefused":0.9636,"threshold":0.1835,"answeredEvent":0.95,"offTopicRefusedEvent":1,"aurocAnswerableVsUnanswerable":0.5944}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentFocus, every corpus weighing the same (tune half, offline model)",
  weights: {"lexical":0.2521,"dense":0.1237,"neighbour":0.05,"phrase":0.2085,"answerType":0.5783,"functionWords":0,"coverage":0.1045,"neighbourCoverage":0.01,"documentCoverage":0,"softCoverage":0.05,"documentFocus":0.065},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, every corpus weighing the same; threshold answers at least 95% of every tune corpus's answerable questions; confidence = P(first passage right) in bands (tune half, offline model)",
  answerable: {"intercept":-0.0305,"weights":[0,0,0,0,0,0,1.2832,0.1758,-0.0331,-1.0376,0,-0.5016,-2.2643,0.5202,0.1421,-4.7755,0,-0.037,0]},
  threshold: 0.1835,
  right: {"intercept":-0.3154,"weights":[0.1522,0,0,0,-0.8093,0,0.7639,0.1757,0,-1.3201,0,-0.4096,0,1.0484,0,-4.3428,0,0,0]},
  bands: { high: 0.8, medium: 0.5 },
};
