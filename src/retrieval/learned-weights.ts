/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.0964,"hit1Hand":0.8305,"hit1Learned":0.8542,"answeredSingle":0.9848,"answeredMixed":0.9765,"unanswerableRefused":0.1516,"offTopicRefused":0.9477,"threshold":0.1597,"answeredEvent":0.95,"offTopicRefusedEvent":0.9545,"aurocAnswerableVsUnanswerable":0.6478}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same (tune half, offline model)",
  weights: {"lexical":0.3491,"dense":0.1758,"neighbour":0.003,"phrase":0.2299,"answerType":0.7875,"functionWords":0,"coverage":0.036,"neighbourCoverage":0.002,"documentCoverage":0.06,"softCoverage":0.1,"documentPosterior":0.05,"titleCoverage":0.3,"nearbyCoverage":0.2677},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) in bands (tune half, offline model)",
  answerable: {"intercept":0.2287,"weights":[0,0,0,0,0,0,1.2642,0.0422,-0.1368,-0.1139,0,-0.3733,0,0.3065,0.1178,-4.4751,0,-0.0667,0,-0.2211,-3.7534,-2.3959,-1.2598,-3.1433]},
  threshold: 0.1597,
  right: {"intercept":0.13,"weights":[0.266,0,0,0,-0.1276,0,0.7357,0.1062,-0.0119,-0.9099,-0.0237,-0.3772,0,0.6207,0,-4.3941,0,0,0,0,0,-6.8578,-1.5788,0]},
  bands: { high: 0.8, medium: 0.5 },
};
