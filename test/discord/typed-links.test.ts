import { describe, expect, it } from 'vitest';
import { typedLinks } from '../../src/discord/typed-links.ts';

describe('the links typed into /corpus add', () => {
  it('GIVEN one link, as typed or wrapped in <…> (posted without its preview card) THEN that link', () => {
    expect(typedLinks('https://news.example.org/a')).toEqual(['https://news.example.org/a']);
    expect(typedLinks('  <https://news.example.org/a>  ')).toEqual(['https://news.example.org/a']);
  });

  it('GIVEN several, apart by spaces, commas or new lines, some with a full stop after THEN each link, in order', () => {
    expect(typedLinks('https://a.example/1, https://b.example/2 <https://c.example/3>\nhttps://d.example/4.')).toEqual(['https://a.example/1', 'https://b.example/2', 'https://c.example/3', 'https://d.example/4']);
  });

  it('GIVEN a link with a comma in its path THEN the whole link; a comma with no space before the next link still parts them', () => {
    expect(typedLinks('https://news.example.org/2026/01/12/paris,france-call')).toEqual(['https://news.example.org/2026/01/12/paris,france-call']);
    expect(typedLinks('https://a.example/x,y,https://b.example/2,<https://c.example/3>,')).toEqual(['https://a.example/x,y', 'https://b.example/2', 'https://c.example/3']);
  });

  it('GIVEN nothing but spaces and commas THEN no link', () => {
    expect(typedLinks(' , ')).toEqual([]);
  });
});
