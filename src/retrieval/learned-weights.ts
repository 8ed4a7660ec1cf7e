/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.0772,"hit1Hand":0.8267,"hit1Learned":0.8409,"answeredSingle":0.9788,"answeredMixed":0.9553,"unanswerableRefused":0.0684,"offTopicRefused":0.9659,"threshold":0.187,"answeredEvent":0.95,"offTopicRefusedEvent":1,"aurocAnswerableVsUnanswerable":0.5931}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, every corpus weighing the same (tune half, offline model)",
  weights: {"lexical":0.4631,"dense":0.2494,"neighbour":0.0809,"phrase":0.3,"answerType":0.675,"functionWords":0,"coverage":0.285,"neighbourCoverage":0.05,"documentCoverage":0.01,"softCoverage":0.2,"documentPosterior":0.1},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, every corpus weighing the same; threshold answers at least 95% of every tune corpus's answerable questions; confidence = P(first passage right) in bands (tune half, offline model)",
  answerable: {"intercept":-0.042,"weights":[0,0,0,0,0,0,1.2985,0.156,-0.0838,-1.0329,0,-0.4684,-2.2466,0.5653,0.1229,-4.7304,0,-0.048,0]},
  threshold: 0.1870,
  right: {"intercept":-0.0675,"weights":[0.0436,0,0,0,-1.0706,0,0.7734,0.2164,-0.1005,-1.2878,0,-0.419,0,0.8863,0,-4.2933,0,0,0]},
  bands: { high: 0.8, medium: 0.5 },
};
