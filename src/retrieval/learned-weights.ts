/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1054,"hit1Hand":0.8385,"hit1Learned":0.8636,"answeredSingle":0.978,"answeredMixed":0.9765,"unanswerableRefused":0.1834,"offTopicRefused":0.9591,"threshold":0.1804,"answeredEvent":0.95,"offTopicRefusedEvent":0.9773,"aurocAnswerableVsUnanswerable":0.6591}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225,"inOrder":0},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.0884,"weights":[0,0,0,0,0,0,1.2245,0.0606,-0.0417,-0.2893,0,-0.384,0,0.3656,0.0324,-3.8331,0,0,0,-0.2421,-3.8215,-3.0024,-0.9795,-3.4271,0,0,-2.0609]},
  threshold: 0.1804,
  right: {"intercept":-0.2135,"weights":[0,0,0,0,0,0,0.7625,0,0,-0.4251,0,-0.3869,0,0.4774,0,-3.572,0,0,-0.0636,0,0,0,-1.2378,0,1.2341,-2.8159,-6.5875]},
  bands: { high: 0.8, medium: 0.5 },
};
