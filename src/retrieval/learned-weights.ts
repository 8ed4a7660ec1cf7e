/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1189,"hit1Hand":0.8477,"hit1Learned":0.8735,"answeredSingle":0.9773,"answeredMixed":0.9758,"unanswerableRefused":0.1809,"offTopicRefused":0.9568,"threshold":0.1788,"answeredEvent":1,"offTopicRefusedEvent":0.9773,"aurocAnswerableVsUnanswerable":0.6567}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225,"inOrder":0},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.1845,"weights":[0,0,0,0,0,0,1.1669,0.0867,-0.0111,-0.4499,0,-0.3765,0,0.3702,0,-3.8238,0,0,0,-0.2938,-3.7884,-2.9862,-0.9523,-3.6276,0,0,-2.2878]},
  threshold: 0.1788,
  right: {"intercept":-0.1959,"weights":[0.0131,0,0,0,-0.095,0,0.8055,0,0,-0.2079,0,-0.4601,0,0.4219,0,-3.7778,0,0,-0.0643,0,0,0,-0.9558,0,1.219,-2.6614,-6.8021]},
  bands: { high: 0.8, medium: 0.5 },
};
