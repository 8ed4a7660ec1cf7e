/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1224,"hit1Hand":0.85,"hit1Learned":0.8765,"answeredSingle":0.9818,"answeredMixed":0.9758,"unanswerableRefused":0.1809,"offTopicRefused":0.951,"threshold":0.1682,"answeredEvent":1,"offTopicRefusedEvent":0.9519,"aurocAnswerableVsUnanswerable":0.6607}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225,"inOrder":0},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.1936,"weights":[0.0175,0,0,0,0,0,1.1817,0.0805,-0.1918,-0.4933,-0.2859,-0.4031,0,0.5249,0.0041,-4.1196,0,0,0,-0.0433,-3.7768,-2.9639,-0.738,-4.1146,0,0,-2.2979]},
  threshold: 0.1682,
  right: {"intercept":-0.1319,"weights":[0.2357,0,0,0,-0.2026,0,0.8137,0,0,-0.4592,-0.3345,-0.4897,0,0.3483,0,-3.9726,0,0,-0.0315,0,0,0,-0.7271,0,1.2813,-2.2575,-6.859]},
  bands: { high: 0.8, medium: 0.5 },
};
