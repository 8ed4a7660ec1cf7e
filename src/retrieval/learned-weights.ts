/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1201,"hit1Hand":0.8481,"hit1Learned":0.8746,"answeredSingle":0.9803,"answeredMixed":0.9735,"unanswerableRefused":0.1834,"offTopicRefused":0.95,"threshold":0.1688,"answeredEvent":1,"offTopicRefusedEvent":0.9773,"aurocAnswerableVsUnanswerable":0.6574}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225,"inOrder":0},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.2754,"weights":[0,0,0,0,0,0,1.2012,0.0984,-0.0082,-0.4773,0,-0.4241,0,0.4796,0,-4.2577,0,0,0,-0.2282,-3.7786,-2.9883,-0.9121,-3.8155,0,0,-2.2477]},
  threshold: 0.1688,
  right: {"intercept":-0.0636,"weights":[0.138,0,0,0,-0.0211,0,0.8199,0,0,-0.4029,0,-0.471,0,0.4462,0,-4.1814,0,0,-0.052,0,0,0,-1.0302,0,1.1527,-1.9909,-6.8567]},
  bands: { high: 0.8, medium: 0.5 },
};
