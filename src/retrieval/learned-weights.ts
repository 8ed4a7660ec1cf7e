/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.0924,"hit1Hand":0.8267,"hit1Learned":0.836,"answeredSingle":0.9788,"answeredMixed":0.9508,"unanswerableRefused":0.0745,"offTopicRefused":0.9659,"threshold":0.1902,"answeredEvent":0.95,"offTopicRefusedEvent":1,"aurocAnswerableVsUnanswerable":0.5946}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentFocus, every corpus weighing the same (tune half, offline model)",
  weights: {"lexical":0.2848,"dense":0.1125,"neighbour":0.01,"phrase":0.2118,"answerType":0.5569,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.035,"documentCoverage":0.025,"softCoverage":0.025,"documentFocus":0.05},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, softCoverage, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, every corpus weighing the same; threshold answers at least 95% of every tune corpus's answerable questions; confidence = P(first passage right) in bands (tune half, offline model)",
  answerable: {"intercept":-0.0731,"weights":[0,0,0,0,0,0,1.2965,0.1807,-0.0236,-0.9956,0,0,-0.4884,-2.2485,0.5411,0.1204,-4.7502,0,-0.0426,0]},
  threshold: 0.1902,
  right: {"intercept":-0.2722,"weights":[0,0,0,0,-0.7667,0,0.7309,0.1705,0,-1.417,0,0.3608,-0.4358,0,0.8338,0,-4.3918,0,0,0]},
  bands: { high: 0.8, medium: 0.5 },
};
