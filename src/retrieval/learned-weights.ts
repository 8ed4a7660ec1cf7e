/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.0923,"hit1Hand":0.8267,"hit1Learned":0.8356,"answeredSingle":0.9788,"answeredMixed":0.9508,"unanswerableRefused":0.0742,"offTopicRefused":0.9659,"threshold":0.1893,"answeredEvent":0.95,"offTopicRefusedEvent":1,"aurocAnswerableVsUnanswerable":0.5945}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, every corpus weighing the same (tune half, offline model)",
  weights: {"lexical":0.2848,"dense":0.1125,"neighbour":0.01,"phrase":0.2118,"answerType":0.5569,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.035,"documentCoverage":0.05,"softCoverage":0.025},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, softCoverage, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, every corpus weighing the same; threshold answers at least 95% of every tune corpus's answerable questions; confidence = P(first passage right) in bands (tune half, offline model)",
  answerable: {"intercept":-0.0586,"weights":[0,0,0,0,0,0,1.2893,0.1817,-0.0242,-1.0071,0,0,-0.4953,-2.2515,0.5389,0.1247,-4.7958,0,-0.0429,0]},
  threshold: 0.1893,
  right: {"intercept":-0.2681,"weights":[0,0,0,0,-0.7668,0,0.7362,0.1701,0,-1.4171,0,0.3625,-0.4386,0,0.8342,0,-4.4472,0,0,0]},
  bands: { high: 0.8, medium: 0.5 },
};
