import { describe, expect, test } from 'vitest';
import { forbiddenRange, ipv6ToBigInt } from '../../../src/corpus/fetch/address-policy.ts';

describe('forbiddenRange', () => {
  test.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.3.4', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.10', 'private'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.100.100.200', 'carrier-grade NAT'],
    ['0.0.0.0', 'this network'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1%eth0', 'link-local'],
    ['fd00:ec2::254', 'unique local (private)'],
    ['fc00::5', 'unique local (private)'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback (IPv4 inside IPv6)'],
    ['::ffff:7f00:1', 'loopback (IPv4 inside IPv6)'],
    ['::ffff:a9fe:a9fe', 'link-local (cloud metadata) (IPv4 inside IPv6)'],
    ['64:ff9b::10.0.0.1', 'private (IPv4 inside IPv6)'],
    ['2002:c0a8:0101::1', 'private (IPv4 inside IPv6)'],
    ['::10.0.0.1', 'private (IPv4 inside IPv6)'],
  ])('GIVEN %s THEN it is refused as %s', (address, range) => {
    expect(forbiddenRange(address)).toBe(range);
  });

  test.each(['93.184.215.14', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700::6810:85e5', '::ffff:8.8.8.8', '2002:0808:0808::1'])(
    'GIVEN the public address %s THEN it is allowed',
    (address) => {
      expect(forbiddenRange(address)).toBeNull();
    },
  );

  test('GIVEN something that is not an IP address THEN it is refused', () => {
    expect(forbiddenRange('localhost')).toBe('not an IP address');
  });

  test('GIVEN different spellings of one IPv6 address THEN they are the same number', () => {
    expect(ipv6ToBigInt('0:0:0:0:0:ffff:7f00:1')).toBe(ipv6ToBigInt('::ffff:127.0.0.1'));
    expect(ipv6ToBigInt('2001:DB8::1')).toBe(ipv6ToBigInt('2001:db8:0:0:0:0:0:1'));
  });
});
