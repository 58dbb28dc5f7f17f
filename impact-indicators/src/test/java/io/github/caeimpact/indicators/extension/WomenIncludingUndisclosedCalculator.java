package io.github.caeimpact.indicators.extension;

import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.indicators.spi.Classification;
import io.github.caeimpact.indicators.spi.Populations;
import io.github.caeimpact.indicators.spi.ProportionCalculator;
import io.github.caeimpact.model.Gender;
import io.github.caeimpact.model.Participant;
import java.util.Optional;

/** Another programme's replacement of PUB03 version 1.1.0: undisclosed gender counts as not a woman. */
public final class WomenIncludingUndisclosedCalculator extends ProportionCalculator {

    /** Creates the calculator; ServiceLoader calls it. */
    public WomenIncludingUndisclosedCalculator() {
        super("PUB03");
    }

    @Override
    public Optional<String> definitionVersion() {
        return Optional.of("1.1.0");
    }

    @Override
    protected Classification classify(Participant participant, MeasureContext context) {
        if (!Populations.isEntrant(participant, context.period())) {
            return null;
        }
        return participant.gender() == Gender.WOMAN ? Classification.YES : Classification.NO;
    }
}
