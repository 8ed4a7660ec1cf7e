/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1069,"hit1Hand":0.8378,"hit1Learned":0.8648,"answeredSingle":0.9811,"answeredMixed":0.975,"unanswerableRefused":0.1795,"offTopicRefused":0.9386,"threshold":0.1633,"answeredEvent":0.95,"offTopicRefusedEvent":0.9545,"aurocAnswerableVsUnanswerable":0.6588}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225,"inOrder":0},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.247,"weights":[0,0,0,0,0,0,1.2783,0.0454,0,-0.2014,0,-0.2907,0,0.3708,0.0839,-4.6655,0,0,0,-0.3323,-3.7981,-2.6211,-1.2358,-3.209,0,0,-2.0101]},
  threshold: 0.1633,
  right: {"intercept":-0.0521,"weights":[0,0,0,0,0,0,0.78,0,0,-0.5919,0,-0.3059,0,0.6117,0,-4.2939,0,0,-0.025,0,0,-6.9282,-1.6284,0,1.1725,-2.3925,-2.3476]},
  bands: { high: 0.8, medium: 0.5 },
};
