/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1049,"hit1Hand":0.8385,"hit1Learned":0.8633,"answeredSingle":0.9788,"answeredMixed":0.9742,"unanswerableRefused":0.1867,"offTopicRefused":0.9591,"threshold":0.181,"answeredEvent":0.95,"offTopicRefusedEvent":0.9773,"aurocAnswerableVsUnanswerable":0.6584}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225,"inOrder":0},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.0783,"weights":[0,0,0,0,0,0,1.223,0.0525,-0.0519,-0.2733,0,-0.3366,0,0.3981,0.0462,-3.9126,0,0,0,-0.2042,-3.8407,-2.9873,-1.0465,-3.393,0,0,-2.0664]},
  threshold: 0.1810,
  right: {"intercept":-0.1811,"weights":[0,0,0,0,0,0,0.7386,0,0,-0.4075,0,-0.3356,0,0.4887,0,-3.6065,0,0,-0.041,0,0,0,-1.4737,0,1.2299,-2.454,-1.0535]},
  bands: { high: 0.8, medium: 0.5 },
};
