/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1213,"hit1Hand":0.8492,"hit1Learned":0.8758,"answeredSingle":0.9803,"answeredMixed":0.9742,"unanswerableRefused":0.1831,"offTopicRefused":0.95,"threshold":0.1668,"answeredEvent":1,"offTopicRefusedEvent":0.9773,"aurocAnswerableVsUnanswerable":0.6595}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225,"inOrder":0},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.2694,"weights":[0,0,0,0,0,0,1.2124,0.0996,-0.037,-0.4325,0,-0.4443,0,0.4671,0,-4.242,0,0,0,-0.1576,-3.7728,-2.9769,-0.979,-3.8734,0,0,-2.2569]},
  threshold: 0.1668,
  right: {"intercept":-0.0628,"weights":[0.1257,0,0,0,-0.2232,0,0.8202,0,0,-0.3642,0,-0.4838,0,0.3989,0,-4.0945,0,0,-0.0315,0,0,0,-0.9146,0,1.256,-2.0859,-6.8493]},
  bands: { high: 0.8, medium: 0.5 },
};
