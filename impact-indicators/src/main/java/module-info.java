/**
 * The versioned CAE-IMPACT indicator catalogue, the calculators that measure a dataset with it,
 * the statistics of each figure and the disclosure control of what is published together.
 *
 * <p>Calculators are services: a module adds indicators by providing
 * {@link io.github.caeimpact.indicators.IndicatorCalculator}; the shipped ones are listed here
 * and, for the class path, in {@code META-INF/services}.
 */
module io.github.caeimpact.indicators {
    requires transitive io.github.caeimpact.model;
    requires org.apache.commons.statistics.distribution;

    exports io.github.caeimpact.indicators;
    exports io.github.caeimpact.indicators.declared;
    exports io.github.caeimpact.indicators.disclosure;
    exports io.github.caeimpact.indicators.spi;
    exports io.github.caeimpact.indicators.stats;
    exports io.github.caeimpact.indicators.survey;

    opens io.github.caeimpact.indicators;
    opens io.github.caeimpact.indicators.declared;
    opens io.github.caeimpact.indicators.disclosure;
    opens io.github.caeimpact.indicators.stats;
    opens io.github.caeimpact.indicators.survey;
    opens io.github.caeimpact.indicators.internal to com.fasterxml.jackson.databind;

    uses io.github.caeimpact.indicators.IndicatorCalculator;

    provides io.github.caeimpact.indicators.IndicatorCalculator with
            io.github.caeimpact.indicators.internal.ActivityCalculators.Act01,
            io.github.caeimpact.indicators.internal.ActivityCalculators.Act03,
            io.github.caeimpact.indicators.internal.PublicFinanceCalculators.Pfi01,
            io.github.caeimpact.indicators.internal.ActivityCalculators.Inc01,
            io.github.caeimpact.indicators.internal.ActivityCalculators.Inc02,
            io.github.caeimpact.indicators.internal.SkillsCalculators.Ski01,
            io.github.caeimpact.indicators.internal.SkillsCalculators.Ski03,
            io.github.caeimpact.indicators.internal.SkillsCalculators.Ski05,
            io.github.caeimpact.indicators.internal.CooperationCalculators.Coo01,
            io.github.caeimpact.indicators.internal.CooperationCalculators.Coo02,
            io.github.caeimpact.indicators.internal.CooperationCalculators.Coo03,
            io.github.caeimpact.indicators.internal.CooperationCalculators.Tli01,
            io.github.caeimpact.indicators.internal.CooperationCalculators.Tli02,
            io.github.caeimpact.indicators.internal.CooperationCalculators.Tli03,
            io.github.caeimpact.indicators.internal.ExitCalculators.Exi01,
            io.github.caeimpact.indicators.internal.ExitCalculators.Exi02,
            io.github.caeimpact.indicators.internal.ExitCalculators.Exi03,
            io.github.caeimpact.indicators.internal.ExitCalculators.Exi04,
            io.github.caeimpact.indicators.internal.ExitCalculators.Exi05,
            io.github.caeimpact.indicators.internal.SkillsCalculators.Ski04,
            io.github.caeimpact.indicators.internal.PublicFinanceCalculators.Pfi02,
            io.github.caeimpact.indicators.internal.PublicsCalculators.Pub01,
            io.github.caeimpact.indicators.internal.PublicsCalculators.Pub02,
            io.github.caeimpact.indicators.internal.PublicsCalculators.Pub03,
            io.github.caeimpact.indicators.internal.PublicsCalculators.Pub04,
            io.github.caeimpact.indicators.internal.PublicsCalculators.Pub05,
            io.github.caeimpact.indicators.internal.PublicsCalculators.Pub06,
            io.github.caeimpact.indicators.internal.PublicsCalculators.Pub07,
            io.github.caeimpact.indicators.internal.PublicsCalculators.Pub08,
            io.github.caeimpact.indicators.internal.PublicsCalculators.Pub11,
            io.github.caeimpact.indicators.internal.PublicsCalculators.Pub09,
            io.github.caeimpact.indicators.internal.PublicsCalculators.Pub12,
            io.github.caeimpact.indicators.internal.PublicsCalculators.Pub10,
            io.github.caeimpact.indicators.internal.RightsCalculators.Rig01,
            io.github.caeimpact.indicators.internal.RightsCalculators.Rig02,
            io.github.caeimpact.indicators.internal.RightsCalculators.Rig03,
            io.github.caeimpact.indicators.internal.ActivityCalculators.Act02,
            io.github.caeimpact.indicators.internal.ActivityCalculators.Act04,
            io.github.caeimpact.indicators.internal.SkillsCalculators.Ski02,
            io.github.caeimpact.indicators.internal.CooperationCalculators.Coo04,
            io.github.caeimpact.indicators.internal.InnovationCalculators.Inn01,
            io.github.caeimpact.indicators.internal.InnovationCalculators.Inn02,
            io.github.caeimpact.indicators.internal.InnovationCalculators.Inn03,
            io.github.caeimpact.indicators.internal.ActivityCalculators.Inc03,
            io.github.caeimpact.indicators.internal.WellbeingCalculators.Wel01,
            io.github.caeimpact.indicators.internal.WellbeingCalculators.Wel02,
            io.github.caeimpact.indicators.internal.WellbeingCalculators.Wel03;
}
