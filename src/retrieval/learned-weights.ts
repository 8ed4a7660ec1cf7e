/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1065,"hit1Hand":0.8374,"hit1Learned":0.8644,"answeredSingle":0.978,"answeredMixed":0.975,"unanswerableRefused":0.1881,"offTopicRefused":0.9591,"threshold":0.1796,"answeredEvent":0.95,"offTopicRefusedEvent":0.9545,"aurocAnswerableVsUnanswerable":0.6596}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225,"inOrder":0},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.0916,"weights":[0,0,0,0,0,0,1.2696,0.052,-0.0082,-0.2177,0,-0.3178,0,0.3787,0.0293,-4.0629,0,-0.0032,0,-0.1975,-3.8464,-2.9917,-1.1152,-3.3582,0,0,-2.0579]},
  threshold: 0.1796,
  right: {"intercept":-0.2559,"weights":[0,0,0,0,0,0,0.7523,0,0,-0.3752,0,-0.2779,0,0.5606,0,-3.6614,0,0,-0.0412,0,0,0,-1.4184,0,1.2213,-2.4102,-1.4021]},
  bands: { high: 0.8, medium: 0.5 },
};
