/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1024,"hit1Hand":0.8343,"hit1Learned":0.8598,"answeredSingle":0.9856,"answeredMixed":0.975,"unanswerableRefused":0.153,"offTopicRefused":0.9432,"threshold":0.1645,"answeredEvent":0.95,"offTopicRefusedEvent":0.9545,"aurocAnswerableVsUnanswerable":0.6454}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.3142,"dense":0.1758,"neighbour":0,"phrase":0.2299,"answerType":0.7481,"functionWords":0,"coverage":0.026,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.095,"documentPosterior":0.1,"titleCoverage":0.33,"nearbyCoverage":0.2677},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, in bands (tune half, offline model)",
  answerable: {"intercept":0.1942,"weights":[0,0,0,0,0,0,1.2483,0.0334,-0.1128,-0.1699,0,-0.2876,0,0.3633,0.0864,-4.4059,0,-0.046,0,-0.4166,-3.7481,-2.4619,-1.1378,-3.0589,0]},
  threshold: 0.1645,
  right: {"intercept":-0.0156,"weights":[0,0,0,0,0,0,0.7687,0.0122,-0.053,-0.4939,-0.0001,-0.3326,0,0.3167,0,-3.9258,0,0,-0.0572,0,0,-6.9136,-1.6617,0,1.3573]},
  bands: { high: 0.8, medium: 0.5 },
};
