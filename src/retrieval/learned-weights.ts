/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1227,"hit1Hand":0.85,"hit1Learned":0.8769,"answeredSingle":0.9795,"answeredMixed":0.9705,"unanswerableRefused":0.1834,"offTopicRefused":0.9596,"threshold":0.1832,"answeredEvent":1,"offTopicRefusedEvent":0.9712,"aurocAnswerableVsUnanswerable":0.6616}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225,"inOrder":0},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers 97.5% of the tune articles' answerable questions (every article alone and in the mixed corpus weighing the same) and at least 90% of each; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.1691,"weights":[0.0163,0,0,0,0,0,1.1947,0.0743,-0.1955,-0.427,-0.2935,-0.4054,0,0.5446,0,-4.1206,0,0,0,0,-3.781,-4.4617,-0.8128,-4.1097,0,0,-2.2872]},
  threshold: 0.1832,
  right: {"intercept":0.0141,"weights":[0.1179,0,0,0,-0.3232,0,0.8092,0,0,-0.3843,-0.3553,-0.5278,0,0.2908,0,-4.0248,0,0,-0.0361,0,0,0,-0.7493,0,1.3391,-2.2609,-6.8376]},
  bands: { high: 0.8, medium: 0.5 },
};
