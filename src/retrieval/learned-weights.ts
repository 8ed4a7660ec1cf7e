/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1069,"hit1Hand":0.8378,"hit1Learned":0.8652,"answeredSingle":0.9803,"answeredMixed":0.9758,"unanswerableRefused":0.1744,"offTopicRefused":0.9409,"threshold":0.1668,"answeredEvent":0.95,"offTopicRefusedEvent":0.9545,"aurocAnswerableVsUnanswerable":0.6549}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.2304,"weights":[0,0,0,0,0,0,1.2638,0.0398,-0.0034,-0.187,0,-0.2831,0,0.3871,0.07,-4.6188,0,-0.0175,0,-0.3259,-3.7861,-2.4857,-1.2047,-3.2177,0,0,-2.0029]},
  threshold: 0.1668,
  right: {"intercept":-0.1343,"weights":[0,0,0,0,0,0,0.7576,0,0,-0.5518,0,-0.2696,0,0.6704,0,-4.2235,0,0,-0.0272,0,0,-6.9047,-1.5136,0,1.1777,-2.3783,-2.2297]},
  bands: { high: 0.8, medium: 0.5 },
};
