/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1224,"hit1Hand":0.85,"hit1Learned":0.8765,"answeredSingle":0.9826,"answeredMixed":0.9758,"unanswerableRefused":0.1809,"offTopicRefused":0.9455,"threshold":0.1625,"answeredEvent":1,"offTopicRefusedEvent":0.9773,"aurocAnswerableVsUnanswerable":0.6592}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225,"inOrder":0},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.3222,"weights":[0,0,0,0,0,0,1.1928,0.1064,-0.0632,-0.4317,-0.1388,-0.4535,0,0.4217,0,-4.2518,0,0,0,-0.2051,-3.77,-2.9734,-0.9957,-4.0074,0,0,-2.2459]},
  threshold: 0.1625,
  right: {"intercept":-0.1206,"weights":[0.1745,0,0,0,-0.1615,0,0.8184,0.0044,0,-0.4549,-0.1234,-0.4792,0,0.4232,0,-4.0554,0,0,-0.0294,0,0,0,-0.8656,0,1.2435,-2.0853,-6.6396]},
  bands: { high: 0.8, medium: 0.5 },
};
