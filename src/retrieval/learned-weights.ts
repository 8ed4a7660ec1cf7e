/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1054,"hit1Hand":0.8389,"hit1Learned":0.8636,"answeredSingle":0.9788,"answeredMixed":0.9765,"unanswerableRefused":0.1838,"offTopicRefused":0.9591,"threshold":0.1801,"answeredEvent":0.95,"offTopicRefusedEvent":0.9773,"aurocAnswerableVsUnanswerable":0.6593}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225,"inOrder":0},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.1076,"weights":[0,0,0,0,0,0,1.2238,0.0602,-0.0422,-0.2835,0,-0.3837,0,0.3493,0.0303,-3.8307,0,0,0,-0.2146,-3.8228,-3.0048,-1.0342,-3.4511,0,0,-2.0598]},
  threshold: 0.1801,
  right: {"intercept":-0.2267,"weights":[0,0,0,0,0,0,0.7588,0,0,-0.4204,0,-0.375,0,0.495,0,-3.5763,0,0,-0.045,0,0,0,-1.2609,0,1.2282,-2.8132,-6.5881]},
  bands: { high: 0.8, medium: 0.5 },
};
