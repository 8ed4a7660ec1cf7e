/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1037,"hit1Hand":0.8359,"hit1Learned":0.861,"answeredSingle":0.9856,"answeredMixed":0.9765,"unanswerableRefused":0.1545,"offTopicRefused":0.9455,"threshold":0.1594,"answeredEvent":0.95,"offTopicRefusedEvent":0.9545,"aurocAnswerableVsUnanswerable":0.6453}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.3142,"dense":0.1758,"neighbour":0,"phrase":0.2299,"answerType":0.7481,"functionWords":0,"coverage":0.026,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.095,"documentPosterior":0.1,"titleCoverage":0.33,"nearbyCoverage":0.2731},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, in bands (tune half, offline model)",
  answerable: {"intercept":0.3736,"weights":[0,0,0,0,0,0,1.2486,0.0349,-0.108,-0.1405,0,-0.3362,0,0.2797,0.0893,-4.6667,0,-0.0173,0,-0.4645,-3.74,-2.4731,-1.2356,-3.1275,0]},
  threshold: 0.1594,
  right: {"intercept":0.058,"weights":[0,0,0,0,0,0,0.7664,0.0144,-0.0487,-0.4957,0,-0.3384,0,0.3684,0,-4.1524,0,0,-0.0439,0,0,-6.9187,-1.6986,0,1.3077]},
  bands: { high: 0.8, medium: 0.5 },
};
