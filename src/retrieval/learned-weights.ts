/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1195,"hit1Hand":0.8477,"hit1Learned":0.8742,"answeredSingle":0.9811,"answeredMixed":0.9735,"unanswerableRefused":0.1823,"offTopicRefused":0.95,"threshold":0.1673,"answeredEvent":1,"offTopicRefusedEvent":0.9773,"aurocAnswerableVsUnanswerable":0.6577}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225,"inOrder":0},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.2721,"weights":[0,0,0,0,0,0,1.1996,0.0923,-0.0024,-0.4566,0,-0.4068,0,0.4785,0,-4.2384,0,0,0,-0.2135,-3.7774,-2.9811,-0.9779,-3.8279,0,0,-2.248]},
  threshold: 0.1673,
  right: {"intercept":-0.0594,"weights":[0.1394,0,0,0,-0.1586,0,0.8273,0,0,-0.3936,0,-0.4727,0,0.4159,0,-4.1205,0,0,-0.0486,0,0,0,-0.959,0,1.1809,-2.0066,-6.856]},
  bands: { high: 0.8, medium: 0.5 },
};
