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

  it('GIVEN nothing but spaces and commas THEN no link', () => {
    expect(typedLinks(' , ')).toEqual([]);
  });
});
