package io.github.caeimpact.model.testing;

import io.github.caeimpact.model.ActivityYear;
import io.github.caeimpact.model.Answer;
import io.github.caeimpact.model.AreaType;
import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.EducationLevel;
import io.github.caeimpact.model.EntrySituation;
import io.github.caeimpact.model.EventType;
import io.github.caeimpact.model.ExitOutcome;
import io.github.caeimpact.model.FunderKind;
import io.github.caeimpact.model.Funding;
import io.github.caeimpact.model.Gender;
import io.github.caeimpact.model.LabourStatus;
import io.github.caeimpact.model.LegalForm;
import io.github.caeimpact.model.Money;
import io.github.caeimpact.model.Organisation;
import io.github.caeimpact.model.OrganisationKind;
import io.github.caeimpact.model.Participant;
import io.github.caeimpact.model.Pathway;
import io.github.caeimpact.model.PathwayEvent;
import io.github.caeimpact.model.Period;
import io.github.caeimpact.model.Relationship;
import io.github.caeimpact.model.SupportInput;
import io.github.caeimpact.model.SupportRole;
import io.github.caeimpact.model.SurveyResponse;
import io.github.caeimpact.model.Territory;
import io.github.caeimpact.model.TimePoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded generator of realistic, valid datasets for tests: the same seed gives the same dataset.
 *
 * <p>Every dataset it makes passes the {@code DatasetValidator} without error (warnings may
 * occur, as in real data). Pathways follow the CAE rules: information, intake, a CAPE of at most
 * 36 months renewed at most twice, a CESA, maybe associate status, maybe an exit and a follow-up.
 * Participant ids look like pseudonyms (32 lower-case hex digits).
 */
public final class DatasetGenerator {

    private static final String[][] TERRITORIES = {
        {"67482", "67", "44"}, {"69123", "69", "84"}, {"2A004", "2A", "94"}, {"97411", "974", "04"},
        {"35238", "35", "53"}, {"13055", "13", "93"}, {"23096", "23", "75"}, {"48095", "48", "76"},
    };
    private static final String[] SECTORS = {"70.22Z", "74.10Z", "62.01Z", "85.59A", "90.01Z", "43.39Z", "crafts"};
    private static final String[] ITEMS = {"ISOLATION", "CONFIDENCE", "WOULD_NOT_HAVE_STARTED", "CAE_DECISIVE",
        "TRAINED", "SUPPLEMENTARY_COVER", "MONTHLY_INCOME"};

    private final SplittableRandom random;
    private final int maxParticipants;

    private DatasetGenerator(long seed, int maxParticipants) {
        this.random = new SplittableRandom(seed);
        this.maxParticipants = maxParticipants;
    }

    /**
     * Returns a dataset for a seed, with up to 40 participants.
     *
     * @param seed the seed
     * @return the dataset
     */
    public static Dataset dataset(long seed) {
        return dataset(seed, 40);
    }

    /**
     * Returns a dataset for a seed.
     *
     * @param seed the seed
     * @param maxParticipants the most participants
     * @return the dataset
     */
    public static Dataset dataset(long seed, int maxParticipants) {
        return new DatasetGenerator(seed, maxParticipants).dataset();
    }

    private Dataset dataset() {
        LocalDate reference = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(2000));
        Period period = Period.ofYear(reference.getYear() - 1);
        int organisationCount = 1 + random.nextInt(3);
        List<Organisation> organisations = new ArrayList<>();
        for (int i = 0; i < organisationCount; i++) {
            organisations.add(organisation("org-" + (i + 1), reference));
        }
        int participantCount = random.nextInt(maxParticipants + 1);
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < participantCount; i++) {
            participants.add(participant(i, organisations.get(random.nextInt(organisationCount)).id(), reference));
        }
        return Dataset.of(reference, period, organisations, participants);
    }

    private Organisation organisation(String id, LocalDate reference) {
        String[] place = TERRITORIES[random.nextInt(TERRITORIES.length)];
        Territory territory = new Territory(place[0], place[1], place[2], pick(AreaType.values()), random.nextInt(5) == 0);
        List<String> sectors = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            String sector = SECTORS[random.nextInt(SECTORS.length)];
            if (!sectors.contains(sector)) {
                sectors.add(sector);
            }
        }
        List<Funding> fundings = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            fundings.add(new Funding(pick(FunderKind.values()), random.nextBoolean() ? null : "Funder " + i,
                    money(0, 200_000), Period.ofYear(reference.getYear() - 1 - random.nextInt(2)),
                    random.nextBoolean() ? null : "support of entrepreneurs"));
        }
        List<SupportInput> inputs = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            inputs.add(new SupportInput(pick(SupportRole.values()), BigDecimal.valueOf(random.nextInt(5000), 1),
                    Period.ofYear(reference.getYear() - 1), random.nextBoolean() ? null : money(10, 60)));
        }
        LocalDate founded = reference.minusDays(365 + random.nextInt(25 * 365));
        return new Organisation(id, "Coopérative " + id.toUpperCase(java.util.Locale.ROOT), pick(OrganisationKind.values()),
                pick(LegalForm.values()), territory, sectors, founded,
                random.nextBoolean() ? "Coopérer pour Entreprendre" : null, fundings, inputs);
    }

    private Participant participant(int index, String organisationId, LocalDate reference) {
        String id = String.format("%08x%08x%08x%08x", index, random.nextInt(), random.nextInt(), random.nextInt());
        LabourStatus status = pick(LabourStatus.values());
        EntrySituation entry = new EntrySituation(status,
                status == LabourStatus.UNEMPLOYED ? random.nextInt(60) : null, random.nextInt(4) == 0);
        Pathway pathway = pathway(reference);
        return new Participant(id, organisationId,
                random.nextInt(5) == 0 ? pick(Relationship.values()) : Relationship.ENTREPRENEUR,
                reference.getYear() - 18 - random.nextInt(50), pick(Gender.values()),
                random.nextInt(4) == 0 ? null : pick(EducationLevel.values()), entry,
                maybe(), maybe(), maybe(), maybe(), maybe(), maybe(), maybe(),
                pathway, activity(pathway, reference), surveys(pathway, reference));
    }

    private Pathway pathway(LocalDate reference) {
        List<PathwayEvent> events = new ArrayList<>();
        LocalDate date = reference.minusDays(random.nextInt(8 * 365));
        if (random.nextBoolean()) {
            events.add(PathwayEvent.of(EventType.INFORMATION, date));
        }
        date = date.plusDays(random.nextInt(30));
        if (date.isAfter(reference)) {
            return new Pathway(events);
        }
        events.add(PathwayEvent.of(EventType.INTAKE, date));
        date = date.plusDays(random.nextInt(60));
        if (date.isAfter(reference) || random.nextInt(10) == 0) {
            return new Pathway(events);
        }
        boolean cesa = true;
        if (random.nextInt(4) != 0) {
            LocalDate start = date;
            events.add(PathwayEvent.of(EventType.CAPE_START, start));
            int months = 1 + random.nextInt(36);
            for (int renewal = 1; renewal <= (months - 1) / 12; renewal++) {
                LocalDate renewed = start.plusMonths(12L * renewal);
                if (renewed.isAfter(reference)) {
                    return new Pathway(events);
                }
                events.add(PathwayEvent.of(EventType.CAPE_RENEWAL, renewed));
            }
            date = start.plusMonths(months);
            if (date.isAfter(reference)) {
                return new Pathway(events);
            }
            cesa = random.nextInt(3) != 0;
            if (!cesa) {
                events.add(PathwayEvent.of(EventType.CAPE_END, date));
            }
        }
        if (cesa) {
            events.add(PathwayEvent.of(EventType.CESA_SIGNED, date));
            if (random.nextBoolean()) {
                LocalDate associate = date.plusMonths(6 + random.nextInt(36));
                if (!associate.isAfter(reference)) {
                    events.add(PathwayEvent.of(EventType.BECAME_ASSOCIATE, associate));
                    date = associate;
                }
            }
        }
        if (random.nextInt(5) < 2) {
            LocalDate exit = date.plusDays(random.nextInt(720));
            if (!exit.isAfter(reference)) {
                events.add(PathwayEvent.of(EventType.EXIT, exit, pick(ExitOutcome.values())));
                LocalDate followUp = exit.plusMonths(5 + random.nextInt(3)).plusDays(random.nextInt(28));
                if (random.nextInt(5) < 3 && !followUp.isAfter(reference)) {
                    events.add(PathwayEvent.of(EventType.FOLLOW_UP, followUp, pick(ExitOutcome.values())));
                }
            }
        }
        return new Pathway(events);
    }

    private List<ActivityYear> activity(Pathway pathway, LocalDate reference) {
        List<ActivityYear> years = new ArrayList<>();
        if (pathway.entryDate().isEmpty()) {
            return years;
        }
        int first = pathway.entryDate().get().getYear();
        int last = pathway.exit().map(e -> e.date().getYear()).orElse(reference.getYear());
        for (int year = first; year <= last; year++) {
            if (random.nextInt(5) == 0) {
                continue;
            }
            Money turnover = money(0, 90_000);
            Money gross = money(0, 40_000);
            int held = random.nextInt(3);
            years.add(new ActivityYear(year, turnover, gross, BigDecimal.valueOf(random.nextInt(151), 2),
                    money(0, 12_000), money(0, 9_000), money(0, 9_000), random.nextInt(5), random.nextInt(8),
                    held == 0 ? 0 : random.nextInt(held + 1), held, random.nextInt(4) == 0 ? random.nextInt(400) : null));
        }
        return years;
    }

    private List<SurveyResponse> surveys(Pathway pathway, LocalDate reference) {
        List<SurveyResponse> surveys = new ArrayList<>();
        if (pathway.entryDate().isEmpty()) {
            return surveys;
        }
        LocalDate entry = pathway.entryDate().get();
        surveys.add(survey("CAE-IMPACT-ENTRY", TimePoint.ENTRY, entry));
        LocalDate annual = entry.plusMonths(12);
        if (random.nextBoolean() && !annual.isAfter(reference)) {
            surveys.add(survey("CAE-IMPACT-ANNUAL", TimePoint.ANNUAL, annual));
        }
        return surveys;
    }

    private SurveyResponse survey(String instrument, TimePoint timePoint, LocalDate date) {
        List<Answer> answers = new ArrayList<>();
        for (String item : ITEMS) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            answers.add(switch (random.nextInt(3)) {
                case 0 -> Answer.likert(item, 1 + random.nextInt(5), 5);
                case 1 -> Answer.yesNo(item, random.nextBoolean());
                default -> Answer.number(item, BigDecimal.valueOf(random.nextInt(400_000) - 1000, 2));
            });
        }
        return new SurveyResponse(instrument, "1.0", timePoint, date, answers);
    }

    private Money money(int min, int max) {
        return Money.of(BigDecimal.valueOf(min * 100L + random.nextLong((max - min) * 100L + 1), 2));
    }

    private Boolean maybe() {
        int draw = random.nextInt(3);
        return draw == 0 ? null : draw == 1;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
