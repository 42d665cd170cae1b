import { expect, it } from 'vitest';
import { manualClock, storageSuite } from './harness';

const HOME = '198.51.100.7';

storageSuite('sign-in limits', ({ open, peer }) => {
  async function limited(perMinute = 3) {
    const clock = manualClock();
    const workspace = await open({ now: clock.now, signInPerMinute: perMinute });
    return { clock, workspace, limits: workspace.limits };
  }

  it('lets an account fail its limit within a minute, then waits until that window ends', async () => {
    const { clock, limits } = await limited(3);
    const answers = [];
    for (let i = 0; i < 3; i += 1) {
      answers.push(await limits.attempt('victim@example.com', HOME));
      clock.advance(10_000);
    }
    expect(answers).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
    expect(await limits.attempt('victim@example.com', HOME)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    clock.advance(29_000);
    expect(await limits.attempt('victim@example.com', HOME)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock.advance(1_000); // 60 s after the window opened: a new one starts
    expect(await limits.attempt('victim@example.com', HOME)).toEqual({ allowed: true });
  });

  it('gives the attempt back once it is settled as not a failure (successes are free)', async () => {
    const { limits } = await limited(2);
    for (let i = 0; i < 10; i += 1) {
      expect(await limits.attempt('typist@example.com', HOME)).toEqual({ allowed: true });
      await limits.settled('typist@example.com', HOME);
    }
    expect(await limits.attempt('typist@example.com', HOME)).toEqual({ allowed: true });
    expect(await limits.attempt('typist@example.com', HOME)).toEqual({ allowed: true });
    expect((await limits.attempt('typist@example.com', HOME)).allowed).toBe(false);
  });

  it('slows only the attacked account; one address gets five accounts’ worth before it waits', async () => {
    const { limits } = await limited(2);
    for (let i = 0; i < 3; i += 1) await limits.attempt('victim@example.com', '203.0.113.1');
    expect((await limits.attempt('victim@example.com', HOME)).allowed).toBe(false);
    expect(await limits.attempt('colleague@example.com', '203.0.113.1')).toEqual({ allowed: true });
    const office = [];
    for (let i = 0; i < 11; i += 1) office.push((await limits.attempt(`person${i}@example.com`, '203.0.113.66')).allowed);
    expect(office).toEqual([...Array.from({ length: 10 }, () => true), false]);
    expect((await limits.attempt('person0@example.com', '192.0.2.200')).allowed).toBe(true);
  });

  it('counts parallel attempts atomically: exactly the limit gets through', async () => {
    const { limits } = await limited(3);
    const answers = await Promise.all(Array.from({ length: 8 }, () => limits.attempt('parallel@example.com', HOME)));
    expect(answers.filter((answer) => answer.allowed)).toHaveLength(3);
  });

  it('shares the counts between instances on one database', async () => {
    const { workspace, limits } = await limited(3);
    const other = (await peer(workspace)).limits;
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => (i % 2 === 0 ? limits : other).attempt('shared@example.com', HOME)),
    );
    expect(answers.filter((answer) => answer.allowed)).toHaveLength(3);
    expect((await other.attempt('shared@example.com', '192.0.2.1')).allowed).toBe(false);
  });

  it('turned off (0), it counts nothing', async () => {
    const { workspace, limits } = await limited(0);
    for (let i = 0; i < 20; i += 1) expect(await limits.attempt('anyone@example.com', HOME)).toEqual({ allowed: true });
    await limits.settled('anyone@example.com', HOME);
    expect(await workspace.db.selectFrom('sign_in_failures').selectAll().execute()).toEqual([]);
  });

  it('sweeps windows that ended, now and then, so the table stays small', async () => {
    const { clock, workspace, limits } = await limited(1000);
    await limits.attempt('old@example.com', '192.0.2.1');
    clock.advance(61_000);
    for (let i = 0; i < 98; i += 1) await limits.attempt('new@example.com', HOME);
    const buckets = async () =>
      (await workspace.db.selectFrom('sign_in_failures').select('bucket').execute()).map((row) => row.bucket).sort();
    expect(await buckets()).toEqual(
      [`address:${HOME}`, 'account:new@example.com', 'account:old@example.com', 'address:192.0.2.1'].sort(),
    );
    await limits.attempt('new@example.com', HOME); // the 100th attempt of this instance sweeps first
    expect(await buckets()).toEqual([`address:${HOME}`, 'account:new@example.com'].sort());
  });
});
