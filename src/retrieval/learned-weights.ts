/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1205,"hit1Hand":0.8492,"hit1Learned":0.875,"answeredSingle":0.9803,"answeredMixed":0.9735,"unanswerableRefused":0.1838,"offTopicRefused":0.95,"threshold":0.1684,"answeredEvent":1,"offTopicRefusedEvent":0.9773,"aurocAnswerableVsUnanswerable":0.6586}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225,"inOrder":0},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.2833,"weights":[0,0,0,0,0,0,1.1987,0.0923,-0.0022,-0.4515,0,-0.4451,0,0.4697,0,-4.2365,0,0,0,-0.2096,-3.7724,-2.9753,-0.9817,-3.8298,0,0,-2.2509]},
  threshold: 0.1684,
  right: {"intercept":-0.1076,"weights":[0.1126,0,0,0,-0.2054,0,0.824,0,0,-0.3517,0,-0.4647,0,0.4319,0,-4.0778,0,0,-0.0278,0,0,0,-0.8987,0,1.2883,-2.0117,-6.8498]},
  bands: { high: 0.8, medium: 0.5 },
};
