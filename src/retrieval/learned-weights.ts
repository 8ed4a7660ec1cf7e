/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1069,"hit1Hand":0.8374,"hit1Learned":0.8648,"answeredSingle":0.9803,"answeredMixed":0.9765,"unanswerableRefused":0.1827,"offTopicRefused":0.95,"threshold":0.1707,"answeredEvent":0.95,"offTopicRefusedEvent":0.9545,"aurocAnswerableVsUnanswerable":0.6591}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225,"inOrder":0},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.0999,"weights":[0,0,0,0,0,0,1.2773,0.0497,-0.0102,-0.2116,0,-0.298,0,0.3631,0.0294,-4.0638,0,-0.0066,0,-0.1956,-3.8467,-2.9931,-1.1495,-3.3431,0,0,-2.0679]},
  threshold: 0.1707,
  right: {"intercept":-0.2288,"weights":[0,0,0,0,0,0,0.7811,0,0,-0.3868,0,-0.3048,0,0.5322,0,-3.7145,0,0,-0.0457,0,0,0,-1.4982,0,1.2109,-2.4116,-1.6521]},
  bands: { high: 0.8, medium: 0.5 },
};
