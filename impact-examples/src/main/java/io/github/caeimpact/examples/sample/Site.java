package io.github.caeimpact.examples.sample;

import io.github.caeimpact.model.Territory;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Where a synthetic cooperative is and what it is like: its id, public name, territory and profile.
 *
 * @param id the organisation id
 * @param name the public name, always marked fictitious
 * @param territory where it is
 * @param profile its sectors, age, size of grants and the shape of its public
 */
record Site(String id, String name, Territory territory, Profile profile) {

    /** The profile of the sample cooperative, which the shipped {@code sample-cae.json} was drawn with. */
    static final Profile DEFAULT = new Profile(List.of("70.22Z", "74.10Z", "90.03A", "96.09Z"),
            LocalDate.of(2003, 5, 12), 1.0, 0.20, 0.15);

    Site {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(profile, "profile");
    }

    static Site of(String id, String name, Territory territory) {
        return new Site(id, name, territory, DEFAULT);
    }

    /**
     * What makes one synthetic cooperative differ from another.
     *
     * @param sectors NAF codes of its entrepreneurs' main activities
     * @param foundedOn its foundation day
     * @param fundingScale its yearly grants and support hours as a multiple of the sample cooperative's
     *     (45,000 EUR from the métropole, 4,800 adviser hours...), about its size over 60 people
     * @param rsaShare the share of entrants on the minimum income (RSA)
     * @param ruralShare the share of entrants living in a rural area
     */
    record Profile(List<String> sectors, LocalDate foundedOn, double fundingScale, double rsaShare, double ruralShare) {

        Profile {
            sectors = List.copyOf(sectors);
            Objects.requireNonNull(foundedOn, "foundedOn");
        }
    }
}
