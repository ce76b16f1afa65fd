//! The story's randomness, drawn as ink's own runtime draws it, so that a
//! seeded game shows the numbers inklecate and the C# runtime that games
//! ship with show.
//!
//! ink seeds a new .NET `System.Random` for every draw: `RANDOM` and
//! `LIST_RANDOM` from the story seed plus the previous draw, a shuffle from
//! the story seed, a hash of the sequence's place in the compiled story and
//! the number of times the shuffle has come round. [`NetRandom`] is a port
//! of the algorithm behind `new System.Random(int)` (Knuth's subtractive
//! generator, in .NET's "compatible" seeding), written from its description;
//! its outputs are checked against values the .NET runtime gives.
//!
//! The state is two integers ([`InkRandom`]), so saves stay plain data and
//! the same seed and choices always give the same transcript.

use serde::{Deserialize, Serialize};

const MBIG: i32 = i32::MAX;
const MSEED: i32 = 161_803_398;

/// .NET's `System.Random` as created by `new Random(seed)`.
pub struct NetRandom {
    seeds: [i32; 56],
    next: usize,
    next_p: usize,
}

impl NetRandom {
    pub fn new(seed: i32) -> NetRandom {
        let mut seeds = [0i32; 56];
        let subtraction = if seed == i32::MIN {
            i32::MAX
        } else {
            seed.abs()
        };
        let mut mj = MSEED - subtraction;
        seeds[55] = mj;
        let mut mk = 1i32;
        for i in 1..55 {
            let ii = (21 * i) % 55;
            seeds[ii] = mk;
            mk = mj - mk;
            if mk < 0 {
                mk += MBIG;
            }
            mj = seeds[ii];
        }
        for _ in 1..5 {
            for i in 1..56 {
                seeds[i] = seeds[i].wrapping_sub(seeds[1 + (i + 30) % 55]);
                if seeds[i] < 0 {
                    seeds[i] += MBIG;
                }
            }
        }
        NetRandom {
            seeds,
            next: 0,
            next_p: 21,
        }
    }

    /// `Random.Next()`: a number in `0..i32::MAX`.
    pub fn next(&mut self) -> i32 {
        self.next = if self.next + 1 >= 56 {
            1
        } else {
            self.next + 1
        };
        self.next_p = if self.next_p + 1 >= 56 {
            1
        } else {
            self.next_p + 1
        };
        let mut value = self.seeds[self.next].wrapping_sub(self.seeds[self.next_p]);
        if value == MBIG {
            value -= 1;
        }
        if value < 0 {
            value += MBIG;
        }
        self.seeds[self.next] = value;
        value
    }
}

/// ink's random state: the story seed (`SEED_RANDOM`) and the last draw.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct InkRandom {
    pub story_seed: i32,
    pub previous: i32,
}

impl InkRandom {
    /// The state a game with weave seed `seed` starts in: ink's story seed
    /// is the seed itself (taken modulo 2^31), so `--seed N` plays as ink
    /// does after `SEED_RANDOM(N)`.
    pub fn from_seed(seed: u64) -> InkRandom {
        InkRandom {
            story_seed: (seed % (1 << 31)) as i32,
            previous: 0,
        }
    }

    /// `SEED_RANDOM(seed)`.
    pub fn reseed(&mut self, seed: i32) {
        *self = InkRandom {
            story_seed: seed,
            previous: 0,
        };
    }

    /// The next draw for `RANDOM` and `LIST_RANDOM` (a number in
    /// `0..i32::MAX`), remembered to seed the one after.
    pub fn draw(&mut self) -> i32 {
        let value = NetRandom::new(self.story_seed.wrapping_add(self.previous)).next();
        self.previous = value;
        value
    }

    /// Which branch (of `n`) a shuffle shows on its `count`th visit (from
    /// 0): each round of `n` visits is one fixed order of the branches,
    /// drawn from the seed, the sequence's hash and the round.
    pub fn shuffle_index(&self, sequence_hash: i32, count: i32, n: i32) -> i32 {
        let round = count / n;
        let iteration = count % n;
        let seed = sequence_hash
            .wrapping_add(round)
            .wrapping_add(self.story_seed);
        let mut random = NetRandom::new(seed);
        let mut unpicked: Vec<i32> = (0..n).collect();
        let mut chosen = 0;
        for _ in 0..=iteration {
            let at = random.next() as usize % unpicked.len();
            chosen = unpicked.remove(at);
        }
        chosen
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Values `new System.Random(seed).Next()` gives on .NET.
    #[test]
    fn net_random_gives_the_first_numbers_dotnet_gives() {
        assert_eq!(NetRandom::new(0).next(), 1_559_595_546);
        assert_eq!(NetRandom::new(1).next(), 534_011_718);
        assert_eq!(NetRandom::new(42).next(), 1_434_747_710);
        assert_eq!(NetRandom::new(-42).next(), 1_434_747_710);
    }

    /// ink-proof I074's transcript, which inklecate printed with story
    /// seed 84: ten `LIST_RANDOM`s of a three-item list, each seeded by
    /// the draw before.
    #[test]
    fn chained_draws_give_inklecates_list_random_picks() {
        let mut random = InkRandom::from_seed(84);
        let picks: String = (0..10)
            .map(|_| ["B", "C", "D"][random.draw() as usize % 3])
            .collect();
        assert_eq!(picks, "CCBCCDDCCC");
    }

    /// ink-proof I106 (`SEED_RANDOM(1)`): a two-branch shuffle that is the
    /// whole body of the function `f_shuffle` shows two, one, two, one.
    #[test]
    fn shuffles_give_inklecates_order_for_the_sequence_path() {
        let random = InkRandom::from_seed(1);
        let hash = crate::compile::path_hash("f_shuffle.0");
        let shown: Vec<i32> = (0..4).map(|c| random.shuffle_index(hash, c, 2)).collect();
        assert_eq!(shown, [1, 0, 1, 0]);
    }
}
