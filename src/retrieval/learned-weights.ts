/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1224,"hit1Hand":0.85,"hit1Learned":0.8765,"answeredSingle":0.9795,"answeredMixed":0.9705,"unanswerableRefused":0.1849,"offTopicRefused":0.9596,"threshold":0.1875,"answeredEvent":1,"offTopicRefusedEvent":0.9712,"aurocAnswerableVsUnanswerable":0.6607}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225,"inOrder":0},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers 97.5% of the tune articles' answerable questions (every article alone and in the mixed corpus weighing the same) and at least 90% of each; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.1572,"weights":[0.0014,0,0,0,0,0,1.1826,0.0693,-0.1829,-0.4372,-0.3099,-0.3732,0,0.5745,0.0074,-4.1134,0,0,0,0,-3.7783,-4.4568,-0.8347,-4.0919,0,0,-2.2921]},
  threshold: 0.1875,
  right: {"intercept":0.0213,"weights":[0.082,0,0,0,-0.3077,0,0.7676,0,0,-0.464,-0.3769,-0.4978,0,0.3485,0,-4.0043,0,0,-0.0369,0,0,0,-0.7868,0,1.3738,-2.2611,-6.8328]},
  bands: { high: 0.8, medium: 0.5 },
};
