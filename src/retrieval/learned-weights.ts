/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.0976,"hit1Hand":0.8305,"hit1Learned":0.8557,"answeredSingle":0.9848,"answeredMixed":0.9758,"unanswerableRefused":0.1512,"offTopicRefused":0.9432,"threshold":0.1587,"answeredEvent":0.95,"offTopicRefusedEvent":0.9545,"aurocAnswerableVsUnanswerable":0.6463}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same (tune half, offline model)",
  weights: {"lexical":0.3491,"dense":0.1758,"neighbour":0.003,"phrase":0.2299,"answerType":0.7875,"functionWords":0,"coverage":0.036,"neighbourCoverage":0.002,"documentCoverage":0.06,"softCoverage":0.1,"documentPosterior":0.05,"titleCoverage":0.3,"nearbyCoverage":0.2677},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) in bands (tune half, offline model)",
  answerable: {"intercept":0.2422,"weights":[0,0,0,0,0,0,1.2377,0.0387,-0.1417,-0.184,0,-0.3251,0,0.3556,0.0989,-4.5255,0,-0.0666,0,-0.2939,-3.7438,-2.4214,-1.1914,-3.1133]},
  threshold: 0.1587,
  right: {"intercept":0.1945,"weights":[0.5915,0,0,0,-0.0291,0,0.7251,0.0891,-0.0602,-0.9193,0,-0.3799,0,0.274,0,-4.4787,0,0,-0.0046,0,0,-6.8502,-1.6156,0]},
  bands: { high: 0.8, medium: 0.5 },
};
