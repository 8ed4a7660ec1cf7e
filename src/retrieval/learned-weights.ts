/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.1055,"hit1Hand":0.8374,"hit1Learned":0.8636,"answeredSingle":0.9795,"answeredMixed":0.9758,"unanswerableRefused":0.1849,"offTopicRefused":0.9568,"threshold":0.176,"answeredEvent":0.95,"offTopicRefusedEvent":0.9545,"aurocAnswerableVsUnanswerable":0.6585}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, titleCoverage, nearbyCoverage, every corpus weighing the same; a sentence's lexical features weigh terms by their IDF within its document (tune half, offline model)",
  weights: {"lexical":0.2405,"dense":0.2104,"neighbour":0,"phrase":0.1799,"answerType":1.26,"functionWords":0,"coverage":0.045,"neighbourCoverage":0.002,"documentCoverage":0,"softCoverage":0.0945,"documentPosterior":0.125,"titleCoverage":0.45,"nearbyCoverage":0.225,"inOrder":0},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, absentNouns, nameSwapped, every corpus weighing the same; threshold answers at least 95% of every tune article's answerable questions, alone and in the mixed corpus; confidence = P(first passage right) over the same and leadMargin, exactTypeMissing, in bands (tune half, offline model)",
  answerable: {"intercept":0.0829,"weights":[0,0,0,0,0,0,1.2279,0.0535,-0.0563,-0.2815,0,-0.3327,0,0.3984,0.0412,-3.9151,0,-0.0036,0,-0.2168,-3.8412,-2.9878,-1.0399,-3.3621,0,0,-2.0497]},
  threshold: 0.1760,
  right: {"intercept":-0.2357,"weights":[0,0,0,0,0,0,0.7352,0,0,-0.4365,0,-0.3164,0,0.5552,0,-3.5402,0,0,-0.0508,0,0,0,-1.4301,0,1.2174,-2.4588,-1.6369]},
  bands: { high: 0.8, medium: 0.5 },
};
