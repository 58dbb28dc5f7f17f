package io.github.caeimpact.indicators.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.indicators.Accumulator;
import io.github.caeimpact.indicators.Catalogue;
import io.github.caeimpact.indicators.Fixtures;
import io.github.caeimpact.indicators.IndicatorCalculator;
import io.github.caeimpact.indicators.IndicatorEngine;
import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.indicators.MeasureOptions;
import io.github.caeimpact.indicators.ParticipantGenerator;
import io.github.caeimpact.indicators.Statistic;
import io.github.caeimpact.indicators.stats.IntervalMethod;
import io.github.caeimpact.model.Organisation;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every kind of accumulator the SPI builds, split at random points and merged in random order, equals the whole. */
class AccumulatorMergeTest {

    /** One shipped indicator per accumulator kind: proportion, survey share, count, sum, mean, median, paired change. */
    private static final List<String> ONE_OF_EACH_KIND = List.of("PUB04", "RIG02", "PUB02", "ACT03", "COO03", "ACT01", "INC03");

    @Test
    void everyAccumulatorKindSplitAtRandomPointsMergesToTheWhole() {
        long seed = 20_261_202L;
        SplittableRandom random = new SplittableRandom(seed);
        IndicatorEngine engine = IndicatorEngine.of(Catalogue.shipped());
        Map<String, Organisation> organisations = ParticipantGenerator.ORGANISATIONS.stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        Period period = Period.of(Fixtures.d("2021-01-01"), Fixtures.d("2025-12-31"));
        List<Statistic> kinds = new ArrayList<>();
        for (MeasureOptions options : List.of(MeasureOptions.defaults(), MeasureOptions.defaults().withMedianBootstrap(10_000, 3))) {
            for (int c = 0; c < 8; c++) {
                List<Participant> people = new ParticipantGenerator(seed + c).participants(100 + random.nextInt(400));
                for (String id : ONE_OF_EACH_KIND) {
                    IndicatorCalculator calculator = engine.calculators().get(id);
                    MeasureContext context = new MeasureContext(period, Fixtures.REFERENCE, organisations, engine.catalogue().definition(id),
                            options);
                    kinds.add(context.definition().statistic());
                    Accumulator whole = calculator.newAccumulator(context);
                    people.forEach(p -> whole.add(p, context));
                    int parts = 2 + random.nextInt(4);
                    List<Integer> cuts = new ArrayList<>();
                    for (int i = 0; i < parts - 1; i++) {
                        cuts.add(random.nextInt(people.size() + 1));
                    }
                    Collections.sort(cuts);
                    cuts.add(0, 0);
                    cuts.add(people.size());
                    List<Accumulator> pieces = new ArrayList<>();
                    for (int i = 0; i < parts; i++) {
                        Accumulator piece = calculator.newAccumulator(context);
                        people.subList(cuts.get(i), cuts.get(i + 1)).forEach(p -> piece.add(p, context));
                        pieces.add(piece);
                    }
                    Collections.shuffle(pieces, new java.util.Random(random.nextLong()));
                    Accumulator merged = pieces.get(0);
                    pieces.subList(1, pieces.size()).forEach(merged::merge);
                    assertThat(merged.result()).as("seed %d case %d %s cuts %s median %s", seed, c, id, cuts,
                            options.medianInterval()).isEqualTo(whole.result());
                    assertThat(merged.retainedValues()).isEqualTo(whole.retainedValues());
                }
            }
        }
        assertThat(kinds).contains(Statistic.PROPORTION, Statistic.COUNT, Statistic.SUM, Statistic.MEAN, Statistic.MEDIAN,
                Statistic.PAIRED_MEAN_CHANGE);
        assertThat(MeasureOptions.defaults().medianInterval()).isEqualTo(IntervalMethod.ORDER_STATISTIC);
    }
}
