package io.github.caeimpact.sroi.uncertainty;

import io.github.caeimpact.sroi.map.Distribution;
import java.math.BigDecimal;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.TruncatedNormalDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;

/**
 * The bridge from a map's {@link Distribution}s to Commons Statistics distributions and samplers,
 * and the generator of each block of a simulation.
 */
final class Sampling {

    /** The golden-ratio increment of SplitMix64, spreading block indexes over the seed space. */
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Sampling() {
    }

    /** Draws one value; implementations allocate nothing per draw. */
    interface Sampler {
        double sample();
    }

    /**
     * Returns the generator of one block: an xoshiro256++ seeded with four SplitMix64 outputs of
     * {@code seed + (block + 1) × golden}, so that each (seed, block) pair has its own stream
     * whatever thread runs it.
     */
    static UniformRandomProvider blockGenerator(long seed, int block) {
        UniformRandomProvider mixer = RandomSource.SPLIT_MIX_64.create(seed + (block + 1L) * GOLDEN);
        long[] state = {mixer.nextLong(), mixer.nextLong(), mixer.nextLong(), mixer.nextLong()};
        return RandomSource.XO_SHI_RO_256_PP.create(state);
    }

    /**
     * Returns a sampler of a distribution; zero-width distributions give their one value, and
     * draws are capped at {@code cap} (only a lognormal's tail can reach it).
     */
    static Sampler sampler(Distribution distribution, UniformRandomProvider rng, double cap) {
        double lower = distribution.lower();
        double upper = distribution.upper();
        if (lower == upper) {
            return () -> lower;
        }
        if (distribution instanceof Distribution.Pert pert) {
            double min = pert.min().doubleValue();
            double width = pert.max().doubleValue() - min;
            ContinuousDistribution.Sampler beta = pertShape(pert).createSampler(rng);
            return () -> min + width * beta.sample();
        }
        ContinuousDistribution.Sampler sampler = of(distribution).createSampler(rng);
        if (distribution instanceof Distribution.LogNormal) {
            return () -> Math.min(cap, sampler.sample());
        }
        return sampler::sample;
    }

    /**
     * Returns the quantile of probability p of a distribution of non-zero width.
     */
    static double quantile(Distribution distribution, double p) {
        if (distribution.lower() == distribution.upper()) {
            return distribution.lower();
        }
        if (distribution instanceof Distribution.Pert pert) {
            double min = pert.min().doubleValue();
            return min + (pert.max().doubleValue() - min) * pertShape(pert).inverseCumulativeProbability(p);
        }
        return of(distribution).inverseCumulativeProbability(p);
    }

    private static BetaDistribution pertShape(Distribution.Pert pert) {
        double min = pert.min().doubleValue();
        double max = pert.max().doubleValue();
        double mode = pert.mode().doubleValue();
        return BetaDistribution.of(1 + 4 * (mode - min) / (max - min), 1 + 4 * (max - mode) / (max - min));
    }

    private static ContinuousDistribution of(Distribution distribution) {
        if (distribution instanceof Distribution.Uniform u) {
            return UniformContinuousDistribution.of(d(u.min()), d(u.max()));
        } else if (distribution instanceof Distribution.Triangular t) {
            return TriangularDistribution.of(d(t.min()), d(t.mode()), d(t.max()));
        } else if (distribution instanceof Distribution.Beta b) {
            return BetaDistribution.of(d(b.alpha()), d(b.beta()));
        } else if (distribution instanceof Distribution.FromPrior prior) {
            return of(prior.beta());
        } else if (distribution instanceof Distribution.Normal n) {
            return TruncatedNormalDistribution.of(d(n.mean()), d(n.sd()), d(n.min()), d(n.max()));
        } else if (distribution instanceof Distribution.LogNormal l) {
            return LogNormalDistribution.of(d(l.mu()), d(l.sigma()));
        }
        throw new IllegalArgumentException("no sampler for " + distribution);
    }

    private static double d(BigDecimal x) {
        return x.doubleValue();
    }
}
