import { expect } from '@open-wc/testing';
import { milestoneBetween } from '../../src/remote-signing/countdown-milestones.js';

describe('milestoneBetween', () => {
  it('announces only the start, one minute left and the end over a whole 5-minute countdown', () => {
    const said: string[] = [];
    let previous: number | undefined;
    for (let s = 300; s >= 0; s--) {
      const m = milestoneBetween(previous, s);
      if (m) said.push(`${m}@${s}`);
      previous = s;
    }
    expect(said).to.deep.equal(['start@300', 'one-minute@60', 'end@0']);
  });

  it('still says "one minute" when the tick skipped past 60 (a throttled tab)', () => {
    expect(milestoneBetween(75, 52)).to.equal('one-minute');
  });

  it('says the end once, even when seconds jump straight to 0', () => {
    expect(milestoneBetween(200, 0)).to.equal('end');
    expect(milestoneBetween(0, 0)).to.equal(undefined);
  });

  it('a countdown that starts under a minute says its start, then only the end', () => {
    expect(milestoneBetween(undefined, 45)).to.equal('start');
    expect(milestoneBetween(45, 44)).to.equal(undefined);
  });
});
