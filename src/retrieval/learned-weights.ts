/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1069,"hit1Hand":0.8378,"hit1Learned":0.8648,"answeredSingle":0.9818,"answeredMixed":0.9758,"unanswerableRefused":0.1726,"offTopicRefused":0.9364,"threshold":0.1632,"answeredEvent":0.95,"offTopicRefusedEvent":0.9545,"aurocAnswerableVsUnanswerable":0.6549}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225,"inOrder":0},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.234,"weights":[0,0,0,0,0,0,1.2626,0.0398,-0.0024,-0.1883,0,-0.2839,0,0.3858,0.0683,-4.6197,0,-0.0166,0,-0.3428,-3.7856,-2.4854,-1.1997,-3.2104,0,0,-2.0019]},
  threshold: 0.1632,
  right: {"intercept":-0.1015,"weights":[0,0,0,0,0,0,0.7653,0,0,-0.5679,0,-0.2877,0,0.642,0,-4.241,0,0,-0.0244,0,0,-6.9134,-1.5681,0,1.1725,-2.3797,-2.3355]},
  bands: { high: 0.8, medium: 0.5 },
};
