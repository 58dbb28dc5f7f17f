package io.github.caeimpact.examples.sample;

import io.github.caeimpact.model.AreaType;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.Territory;
import java.time.LocalDate;
import java.util.List;

/**
 * A synthetic consortium shaped like the one that tested CAE-IMPACT: seven cooperatives of
 * different territories (a métropole, a priority urban area, rural départements, an overseas
 * département), sectors and sizes, 569 entrepreneurs entering between April 2019 and December 2020,
 * observed on 30 June 2021.
 *
 * <p>Only the shape follows the programme (Coopérer pour Entreprendre, ESF national operational
 * programme: 7 CAE, 04/2019-12/2020, 569 entrepreneurs); every cooperative and person is drawn from
 * a seeded generator and none exists. The same seed always gives the same dataset.
 */
public final class SampleConsortium {

    /** The seed of the consortium used by {@code impact demo}. */
    public static final long SHIPPED_SEED = 20_190_401L;

    /** How many entrepreneurs the consortium counts, as in the CAE-IMPACT test. */
    public static final int ENTREPRENEURS = 569;

    /** April 2019 to December 2020, the programme's test period; data as of 30 June 2021. */
    private static final Frame FRAME = new Frame(LocalDate.of(2019, 4, 1), LocalDate.of(2020, 12, 31),
            LocalDate.of(2021, 6, 30));

    private static final List<Site> SITES = List.of(
            new Site("cae-strasbourg", "CAE des métiers de la culture, Eurométropole de Strasbourg (fictitious)",
                    new Territory("67482", "67", "44", AreaType.URBAN, false),
                    new Site.Profile(List.of("90.01Z", "90.03A", "74.10Z", "59.11A"), LocalDate.of(2004, 3, 1), 2.4, 0.18, 0.05)),
            new Site("cae-lyon", "CAE conseil et numérique, Métropole de Lyon (fictitious)",
                    new Territory("69123", "69", "84", AreaType.URBAN, false),
                    new Site.Profile(List.of("70.22Z", "62.02A", "85.59A", "73.11Z"), LocalDate.of(2002, 9, 16), 2.0, 0.12, 0.05)),
            new Site("cae-roubaix", "CAE commerce et artisanat, quartier prioritaire de Roubaix (fictitious)",
                    new Territory("59512", "59", "32", AreaType.URBAN, true),
                    new Site.Profile(List.of("47.91B", "96.02A", "14.13Z", "56.10C"), LocalDate.of(2008, 1, 7), 1.6, 0.38, 0.02)),
            new Site("cae-nantes-batiment", "CAE du bâtiment, Nantes Métropole (fictitious)",
                    new Territory("44109", "44", "52", AreaType.URBAN, false),
                    new Site.Profile(List.of("43.32A", "43.34Z", "43.22A", "71.11Z"), LocalDate.of(2006, 6, 1), 1.2, 0.15, 0.20)),
            new Site("cae-creuse", "CAE rurale de la Creuse (fictitious)",
                    new Territory("23096", "23", "75", AreaType.RURAL, false),
                    new Site.Profile(List.of("01.13Z", "10.71C", "32.12Z", "88.10A"), LocalDate.of(2012, 4, 2), 0.7, 0.24, 0.90)),
            new Site("cae-reunion", "CAE services et tourisme, La Réunion (fictitious)",
                    new Territory("97411", "974", "04", AreaType.URBAN, false),
                    new Site.Profile(List.of("88.91A", "79.90Z", "96.09Z", "56.21Z"), LocalDate.of(2010, 11, 15), 1.0, 0.36, 0.25)),
            new Site("cae-diois", "CAE de la transition écologique, Diois (fictitious)",
                    new Territory("26113", "26", "84", AreaType.RURAL, false),
                    new Site.Profile(List.of("71.12B", "02.10Z", "85.59B", "43.29A"), LocalDate.of(2015, 2, 9), 0.75, 0.16, 0.85)));

    /** Participants per cooperative, in the order of {@link #SITES}: 569 in all. */
    private static final List<Integer> SIZES = List.of(142, 118, 96, 71, 38, 61, 43);

    private SampleConsortium() {
    }

    /**
     * Returns the consortium of {@code impact demo}: seed {@value #SHIPPED_SEED}.
     *
     * @return the dataset of seven cooperatives and {@value #ENTREPRENEURS} entrepreneurs
     */
    public static Dataset shipped() {
        return generate(SHIPPED_SEED);
    }

    /**
     * Returns the consortium drawn with a seed.
     *
     * @param seed the seed of the random draws
     * @return a valid dataset of seven cooperatives and {@value #ENTREPRENEURS} entrepreneurs; the same
     *     seed always gives an equal dataset
     */
    public static Dataset generate(long seed) {
        return SampleCae.cooperatives(seed, SITES, SIZES, FRAME);
    }
}
