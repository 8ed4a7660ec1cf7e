/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1069,"hit1Hand":0.8378,"hit1Learned":0.8652,"answeredSingle":0.9848,"answeredMixed":0.978,"unanswerableRefused":0.1538,"offTopicRefused":0.9432,"threshold":0.1587,"answeredEvent":0.95,"offTopicRefusedEvent":0.9545,"aurocAnswerableVsUnanswerable":0.6497}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.2827,"weights":[0,0,0,0,0,0,1.232,0.03,0,-0.1395,0,-0.3636,0,0.3524,0.0638,-4.6124,0,-0.0148,0,-0.3766,-3.7938,-2.4755,-1.2943,-3.1787,0,0]},
  threshold: 0.1587,
  right: {"intercept":-0.0177,"weights":[0,0,0,0,-0.015,0,0.737,0,0,-0.5053,-0.0178,-0.342,0,0.5479,0,-4.2097,0,0,-0.0354,0,0,-6.8699,-1.6905,0,1.1864,-2.3741]},
  bands: { high: 0.8, medium: 0.5 },
};
