/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1213,"hit1Hand":0.8492,"hit1Learned":0.8758,"answeredSingle":0.9818,"answeredMixed":0.9735,"unanswerableRefused":0.1823,"offTopicRefused":0.95,"threshold":0.1655,"answeredEvent":1,"offTopicRefusedEvent":0.9773,"aurocAnswerableVsUnanswerable":0.6593}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225,"inOrder":0},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.3025,"weights":[0,0,0,0,0,0,1.2167,0.11,-0.0142,-0.4339,0,-0.4527,0,0.4242,0,-4.2567,0,0,0,-0.1774,-3.771,-2.9782,-1.0082,-3.949,0,0,-2.2551]},
  threshold: 0.1655,
  right: {"intercept":-0.077,"weights":[0.1578,0,0,0,-0.1998,0,0.8095,0.0006,0,-0.4275,0,-0.4767,0,0.3948,0,-4.0915,0,0,-0.0262,0,0,0,-0.8931,0,1.2717,-2.085,-6.8527]},
  bands: { high: 0.8, medium: 0.5 },
};
