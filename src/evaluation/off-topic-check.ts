/**
 * Held-out off-topic questions (the check half of "questions with no answer"): never used to choose
 * a weight or rule. Written in session 41 before any figure of them was measured, unlike the
 * engine's probes (off-topic-questions.ts) and the tune ones (off-topic-tune.ts). By kind, which
 * `npm run eval` reports apart so that a refusal gap can be placed without reading the questions.
 */
import type { OffTopicKind } from './eval-sets.ts';

export const OFF_TOPIC_CHECK_BY_KIND: Readonly<Record<OffTopicKind, readonly string[]>> = {
  // General questions on other topics.
  general: [
    'What is the density of lead?',
    'Who invented the sewing machine?',
    'How many moons does Neptune have?',
    'What is the name of the tallest building in Dubai?',
    'Who starred in the film Casablanca?',
    'What alphabet does the Greek language use?',
    'How many teeth does an adult human have?',
    'What is the largest hot desert in the world?',
    'Who painted the ceiling of the Sistine Chapel?',
    'When did the Titanic sink?',
    'What is the currency of Thailand?',
    'How deep is the Mariana Trench?',
    'Which element has the atomic number 6?',
    'Who wrote the novel War and Peace?',
    'Which organ produces insulin?',
    'How many players are on a rugby union team?',
    'Who was the first person to climb Mount Everest?',
    'What spice gives paella its colour?',
    'Who is the lead singer of the band U2?',
    'At what temperature does seawater freeze?',
  ],
  // Everyday requests, some typed as in a chat.
  everyday: [
    'How do I descale an electric kettle?',
    "What's a good recipe for lemon drizzle cake?",
    'How often should I water a cactus?',
    'can you recommend a good fantasy novel',
    'How do I get a red wine stain out of a carpet?',
    'Is the library open on public holidays?',
    'How do I tie a bow tie?',
    'What is the quickest way to learn touch typing?',
    'how many calories in a slice of pepperoni pizza',
    'How do I stop my dog from barking at night?',
    'What should I pack for a week of camping?',
    'How do I convert miles to kilometres?',
    'Is it going to snow this weekend?',
    'How do you fold a paper crane?',
    'whats the best way to get rid of hiccups',
  ],
  // News and politics near the event article's topic that it does not answer.
  'near the event': [
    'Who is the prime minister of Canada?',
    'What is the minimum wage in Mexico?',
    'How many people live in Texas?',
    'When is the next US presidential election?',
    'Who is the mayor of New York City?',
    'How many agents does the Border Patrol employ?',
    'What is the population of Guadalajara?',
    'Which drug cartel is the biggest in Colombia?',
    'What did the Canadian prime minister say about the tariffs?',
    'How many National Guard troops were sent to Los Angeles?',
    'When did NAFTA come into force?',
    'What is the inflation rate in Argentina?',
    'Which city hosted the 2016 Summer Olympics?',
    'How many Mexican immigrants live in the United States?',
    'What did the Pope say about migrants?',
  ],
  // Near the fields of the SQuAD articles of ../shared/eval, answered by none of them.
  'near an article': [
    'How does a jet engine produce thrust?',
    'Which vaccines do children need before starting school?',
    'Who founded Yale University?',
    'What is the price of a barrel of oil today?',
    'How long is the Danube river?',
    'What caused the fall of the Western Roman Empire?',
    'Who was the first king of Scotland?',
    'What is the population of Krakow?',
    'How do electric cars charge their batteries?',
    'Which countries use the euro as their currency?',
  ],
};

export const OFF_TOPIC_CHECK: readonly string[] = Object.values(OFF_TOPIC_CHECK_BY_KIND).flat();
