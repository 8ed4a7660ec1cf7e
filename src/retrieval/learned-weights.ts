/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1069,"hit1Hand":0.8382,"hit1Learned":0.8648,"answeredSingle":0.9795,"answeredMixed":0.9758,"unanswerableRefused":0.1827,"offTopicRefused":0.9523,"threshold":0.1716,"answeredEvent":0.95,"offTopicRefusedEvent":0.9545,"aurocAnswerableVsUnanswerable":0.6593}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225,"inOrder":0},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.1066,"weights":[0,0,0,0,0,0,1.2766,0.0484,0,-0.1664,0,-0.2941,0,0.3453,0.0377,-4.0651,0,-0.0036,0,-0.1906,-3.8497,-2.9938,-1.2158,-3.3534,0,0,-2.0654]},
  threshold: 0.1716,
  right: {"intercept":-0.22,"weights":[0,0,0,0,0,0,0.7683,0,0,-0.3772,0,-0.2918,0,0.5299,0,-3.6876,0,0,-0.046,0,0,0,-1.5514,0,1.2188,-2.4139,-1.6496]},
  bands: { high: 0.8, medium: 0.5 },
};
