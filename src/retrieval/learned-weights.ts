/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1063,"hit1Hand":0.8374,"hit1Learned":0.8625,"answeredSingle":0.9795,"answeredMixed":0.9742,"unanswerableRefused":0.1849,"offTopicRefused":0.9568,"threshold":0.175,"answeredEvent":0.95,"offTopicRefusedEvent":0.9545,"aurocAnswerableVsUnanswerable":0.6557}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0,"dense":0.1069,"neighbour":0.002,"phrase":0.125,"answerType":0.375,"functionWords":0,"coverage":0.102,"neighbourCoverage":0,"documentCoverage":0.002,"softCoverage":0.05,"documentPosterior":0.1,"titleCoverage":0.05,"nearbyCoverage":0.1125,"inOrder":0},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.1058,"weights":[0,0,0,0,0,0,1.2655,0.0513,-0.1066,-0.1339,0,-0.3722,0,0.2843,0.0349,-3.8766,0,-0.0229,0,-0.1642,-3.8218,-2.9477,-1.2235,-3.3885,0,0,-2.1758]},
  threshold: 0.1750,
  right: {"intercept":-0.3694,"weights":[0,0,0,0,0,0,0.7395,0,0,-0.1642,0,-0.2775,0,0.5633,0,-3.4464,0,0,-0.0661,0,0,0,-1.3044,0,1.3824,-1.6686,-6.3031]},
  bands: { high: 0.8, medium: 0.5 },
};
