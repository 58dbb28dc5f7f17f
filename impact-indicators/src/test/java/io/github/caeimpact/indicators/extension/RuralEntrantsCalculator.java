package io.github.caeimpact.indicators.extension;

import io.github.caeimpact.indicators.MeasureContext;
import io.github.caeimpact.indicators.spi.Classification;
import io.github.caeimpact.indicators.spi.Populations;
import io.github.caeimpact.indicators.spi.ProportionCalculator;
import io.github.caeimpact.model.Participant;

/** Another programme's calculator, written only against the public SPI: XPR01, share of entrants from rural areas. */
public final class RuralEntrantsCalculator extends ProportionCalculator {

    /** Creates the calculator; ServiceLoader calls it. */
    public RuralEntrantsCalculator() {
        super("XPR01");
    }

    @Override
    protected Classification classify(Participant participant, MeasureContext context) {
        if (!Populations.isEntrant(participant, context.period())) {
            return null;
        }
        return participant.rural() == null ? Classification.MISSING : participant.rural() ? Classification.YES : Classification.NO;
    }
}
