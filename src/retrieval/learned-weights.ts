/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1055,"hit1Hand":0.8359,"hit1Learned":0.8625,"answeredSingle":0.9856,"answeredMixed":0.9765,"unanswerableRefused":0.1545,"offTopicRefused":0.9455,"threshold":0.1605,"answeredEvent":0.95,"offTopicRefusedEvent":0.9545,"aurocAnswerableVsUnanswerable":0.6453}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.3142,"dense":0.1758,"neighbour":0,"phrase":0.2299,"answerType":0.7481,"functionWords":0,"coverage":0.026,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.095,"documentPosterior":0.1,"titleCoverage":0.33,"nearbyCoverage":0.2731},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, in bands (tune half, offline model)",
  answerable: {"intercept":0.395,"weights":[0,0,0,0,0,0,1.2508,0.0334,-0.1358,-0.1188,0,-0.3382,0,0.2525,0.0907,-4.6701,0,-0.0216,0,-0.436,-3.7419,-2.4761,-1.2911,-3.144,0]},
  threshold: 0.1605,
  right: {"intercept":0.0785,"weights":[0,0,0,0,-0.0038,0,0.7661,0.0216,-0.111,-0.4044,0,-0.3452,0,0.342,0,-4.1616,0,0,-0.0553,0,0,-6.9246,-1.7535,0,1.2997]},
  bands: { high: 0.8, medium: 0.5 },
};
