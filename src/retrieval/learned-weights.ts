/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1201,"hit1Hand":0.8481,"hit1Learned":0.8746,"answeredSingle":0.9795,"answeredMixed":0.9735,"unanswerableRefused":0.1834,"offTopicRefused":0.95,"threshold":0.1691,"answeredEvent":1,"offTopicRefusedEvent":0.9773,"aurocAnswerableVsUnanswerable":0.6574}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225,"inOrder":0},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.2734,"weights":[0,0,0,0,0,0,1.2032,0.0957,0,-0.4701,0,-0.4242,0,0.4792,0,-4.2581,0,0,0,-0.2311,-3.7789,-2.9883,-0.9112,-3.8114,0,0,-2.247]},
  threshold: 0.1691,
  right: {"intercept":-0.062,"weights":[0.1426,0,0,0,-0.0115,0,0.8237,0,0,-0.4038,0,-0.4701,0,0.4407,0,-4.1822,0,0,-0.0604,0,0,0,-1.0334,0,1.1445,-1.9915,-6.8582]},
  bands: { high: 0.8, medium: 0.5 },
};
