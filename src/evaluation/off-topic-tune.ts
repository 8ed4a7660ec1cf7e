/**
 * Off-topic questions of the tune half of "questions with no answer", beside the seed set's own:
 * general questions on other topics, everyday requests, and questions near the event article's topic
 * that it does not answer. None is about an article of ../shared/eval. They were the check half until session 40 read
 * them; a check half that has been read is no check, so they now serve tuning and training
 * (`npm run train` learns from every tune off-topic question) and off-topic-check.ts holds unread ones.
 */
import type { OffTopicKind } from './eval-sets.ts';

export const OFF_TOPIC_TUNE_BY_KIND: Readonly<Partial<Record<OffTopicKind, readonly string[]>>> = {
  general: [
    'How many strings does a cello have?',
    'What is the melting point of iron?',
    'Who sculpted the statue of David?',
    'What is the highest waterfall in the world?',
    'Which planet is closest to the sun?',
    'Who wrote the novel Moby Dick?',
    'What is the chemical formula of table salt?',
    'Which team won the cricket world cup?',
    'How much protein is in an egg?',
    'What is the speed of sound in water?',
    'Who discovered the structure of DNA?',
    'What is the smallest country in the world?',
    'What do giraffes eat?',
    'Who composed the Moonlight Sonata?',
    'How far away is Mars?',
    'What are the symptoms of hay fever?',
    'How does a microwave oven heat food?',
    'What is the plot of Romeo and Juliet?',
    'What causes ocean tides?',
    'Who invented the light bulb?',
    'How many players are on a volleyball team?',
    'What is the longest river in Asia?',
    'What are the rules of tennis tiebreaks?',
    'Which bird can fly backwards?',
    'How does a compass work?',
    'What is the meaning of the word ephemeral?',
    'How many hours of sleep does a teenager need?',
    'What is the difference between a crocodile and an alligator?',
    'What is the average lifespan of a dog?',
    'Who painted The Starry Night?',
    'How do earthquakes happen?',
  ],
  everyday: [
    'How do I change the oil in my car?',
    'How long should I steep green tea?',
    'How do I unclog a bathroom sink?',
    'What is a good beginner yoga routine?',
    'When does the post office open on Saturdays?',
    'How do I make fresh pasta at home?',
    'How do I replace a bicycle chain?',
    'How do I teach my cat to use a scratching post?',
    'How do I grow basil indoors?',
    'Where can I rent a cheap apartment?',
    'How do I crochet a blanket?',
    'How do I reset a frozen phone?',
    'What is the best way to store coffee beans?',
    'What is the recipe for banana bread?',
  ],
  'near the event': [
    'What is the population of Mexico City?',
    'What will the weather be like in Mexico City tomorrow?',
    '¿Cuánto duró la llamada?',
    'What tariffs did Trump announce on Mexican steel?',
    'How many votes did Sheinbaum win in the election?',
    'Who is the governor of Texas?',
    'What is the exchange rate of the Mexican peso to the dollar?',
    'When is the next FIFA World Cup match in Mexico City?',
    'How old is Donald Trump?',
    'What is the capital of Venezuela?',
    'What did Trump eat for breakfast?',
    'How tall is the border wall?',
    'Which airline flies from Mexico City to Chicago?',
    'What does the Mexican flag look like?',
    'How many people died in the 1985 Mexico City earthquake?',
  ],
};

export const OFF_TOPIC_TUNE: readonly string[] = Object.values(OFF_TOPIC_TUNE_BY_KIND).flat();
