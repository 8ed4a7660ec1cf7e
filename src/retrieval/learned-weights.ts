/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1037,"hit1Hand":0.8359,"hit1Learned":0.861,"answeredSingle":0.9856,"answeredMixed":0.9765,"unanswerableRefused":0.1541,"offTopicRefused":0.9409,"threshold":0.1617,"answeredEvent":0.95,"offTopicRefusedEvent":0.9545,"aurocAnswerableVsUnanswerable":0.6475}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.3142,"dense":0.1758,"neighbour":0,"phrase":0.2299,"answerType":0.7481,"functionWords":0,"coverage":0.026,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.095,"documentPosterior":0.1,"titleCoverage":0.33,"nearbyCoverage":0.2731},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, in bands (tune half, offline model)",
  answerable: {"intercept":0.3237,"weights":[0,0,0,0,0,0,1.2363,0.0288,-0.1138,-0.1611,0,-0.3517,0,0.3303,0.1369,-4.6305,0,0,0,-0.3457,-3.7235,-2.4793,-1.2185,-3.1789,0]},
  threshold: 0.1617,
  right: {"intercept":0.0377,"weights":[0,0,0,0,0,0,0.7463,0,-0.0609,-0.5306,-0.0357,-0.345,0,0.4184,0,-4.061,0,0,-0.0527,0,0,-6.8952,-1.6285,0,1.3365]},
  bands: { high: 0.8, medium: 0.5 },
};
