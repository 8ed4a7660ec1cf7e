/**
 * Learned on the tune half of ../shared/eval by `npm run train` (scripts/train-weights.ts) with the
 * offline model; the check half is never read there. Regenerated, not edited by hand.
 * Tune figures at training time: {"rankingQuestions":2640,"rankingObjective":1.0772,"hit1Hand":0.8267,"hit1Learned":0.8409,"answeredSingle":0.9773,"answeredMixed":0.9545,"unanswerableRefused":0.1592,"offTopicRefused":0.9614,"threshold":0.1857,"answeredEvent":0.95,"offTopicRefusedEvent":1,"aurocAnswerableVsUnanswerable":0.6468}
 */
export const LEARNED_RANKING = {
  method: "coordinate ascent on hit@1 (+0.25 hit@3) over lexical, dense, neighbour, phrase, answerType, coverage, neighbourCoverage, documentCoverage, softCoverage, documentPosterior, every corpus weighing the same (tune half, offline model)",
  weights: {"lexical":0.4631,"dense":0.2494,"neighbour":0.0809,"phrase":0.3,"answerType":0.675,"functionWords":0,"coverage":0.285,"neighbourCoverage":0.05,"documentCoverage":0.01,"softCoverage":0.2,"documentPosterior":0.1},
};

export const LEARNED_DECISION = {
  method: "logistic regression of answerable over coverage, passageCoverage, lemmaCoverage, absent, missingMax, documentCoverage, dense, typeHeld, typeMissing, inverseTerms, unknownName, entityMissing, absentSpecific, passageCoverageEnglish, topicality, backgroundCoverage, backgroundDense, focusAbsent, focusMissing, softHeadMissing, negationUnmatched, oppositeHeld, softMissingMax, every corpus weighing the same; threshold answers at least 95% of every tune corpus's answerable questions; confidence = P(first passage right) in bands (tune half, offline model)",
  answerable: {"intercept":0.3679,"weights":[0,0,0,0,0,0,1.2256,0.0639,-0.1311,-0.4206,0,-0.4987,-1.8144,0.3382,0.1158,-4.7387,0,-0.0469,0,-0.8179,-3.5272,-1.1598,-1.0251]},
  threshold: 0.1857,
  right: {"intercept":0.3132,"weights":[0.2954,0,0,0,-0.3582,0,0.6407,0.1313,-0.2322,-1.5103,0,-0.3978,0,0.6468,0,-4.0973,0,0,0,0,0,-2.7022,-1.9977]},
  bands: { high: 0.8, medium: 0.5 },
};
