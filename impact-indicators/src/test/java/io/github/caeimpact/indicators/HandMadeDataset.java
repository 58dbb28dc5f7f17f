package io.github.caeimpact.indicators;

import static io.github.caeimpact.indicators.Fixtures.event;
import static io.github.caeimpact.indicators.Fixtures.exit;
import static io.github.caeimpact.indicators.Fixtures.followUp;
import static io.github.caeimpact.indicators.Fixtures.likert;
import static io.github.caeimpact.indicators.Fixtures.no;
import static io.github.caeimpact.indicators.Fixtures.number;
import static io.github.caeimpact.indicators.Fixtures.person;
import static io.github.caeimpact.indicators.Fixtures.survey;
import static io.github.caeimpact.indicators.Fixtures.year;
import static io.github.caeimpact.indicators.Fixtures.yes;

import io.github.caeimpact.model.Dataset;
import io.github.caeimpact.model.EducationLevel;
import io.github.caeimpact.model.EventType;
import io.github.caeimpact.model.ExitOutcome;
import io.github.caeimpact.model.Gender;
import io.github.caeimpact.model.LabourStatus;
import io.github.caeimpact.model.OrganisationKind;
import io.github.caeimpact.model.Relationship;
import io.github.caeimpact.model.TimePoint;
import java.util.List;

/**
 * Ten people whose indicators for 2025 (reference date 2026-03-31) are worked out by hand in the
 * calculator tests. Summary:
 * <pre>
 * id  org   gender  born ed   entry status        RSA  pathway                                                       2025 activity
 * P1  cae-a W       1998 0-2  UNEMPLOYED 14 m      yes  INTAKE 25-01-10, CAPE 25-02-01                                 t 12000 pay 6000 fte 0, tr 1, int 2, days 40
 * P2  cae-a M       1968 5-8  EMPLOYED             no   INTAKE 25-02-15, CESA 25-03-01                                 t 40000 pay 24000 fte 1, tr 0, int 3, GM 1/2, days 10
 * P3  cae-a W       1980 ?    SELF_EMPLOYED        yes  CAPE 21-06-01, CESA 22-01-10, ASSOC 23-06-01, EXIT 25-03-31 BUSINESS, FUP 25-10-01 PERMANENT   t 5000 pay 4000 fte .2, int 1, GM 0/1
 * P4  cae-a M       1990 3-4  EMPLOYED             no   CESA 22-02-01, EXIT 25-06-30 JOB_SEARCH, FUP 25-07-15 TRAINING, FUP 25-12-20 FIXED_TERM   t 8000 pay 9000 fte .5, tr 1, int 2 (2022: days 90)
 * P5  cae-a NB      2004 3-4  STUDENT              no   INTAKE 25-05-01, CAPE 25-06-01, EXIT 25-09-30 UNKNOWN          t 0 pay 0 fte 0, int 1
 * P6  cae-b W       1975 5-8  SELF_EMPLOYED        no   CAPE 21-09-01, CESA 22-03-01, ASSOC 24-05-01                    t 60000 pay 30000 fte 1, tr 3, int 2, GM 2/2 (2021: days 30)
 * P7  tl-c  W       1988 3-4  EMPLOYED, MEMBER     no   INTAKE 24-03-01; tiers-lieu survey: events 12, shared yes
 * P8  tl-c  M       1995 3-4  EMPLOYED, USER       no   no events; tiers-lieu survey: events 4, shared no
 * P9  tl-c  U       1960 3-4  EMPLOYED, MEMBER     no   INTAKE 23-01-01, EXIT 24-12-31 MOVED_AWAY (gone before 2025)
 * P10 cae-b M       1985 0-2  UNEMPLOYED 24 m      yes  CAPE 22-01-15, CESA 22-07-01, EXIT 25-02-28 SHORT_TERM, FUP 25-08-20 PERMANENT  t 2000 pay 1500 fte .3, int 0 (2022: days 200)
 * </pre>
 * Annual surveys 2025 from P1, P2, P6 only; entry questionnaires from P1, P2, P6; exit questionnaire from P3.
 */
public final class HandMadeDataset {

    private HandMadeDataset() {
    }

    public static Dataset dataset() {
        return Fixtures.dataset(List.of(Fixtures.cae("cae-a"), Fixtures.organisation("cae-b", OrganisationKind.CAE, "38"),
                Fixtures.organisation("tl-c", OrganisationKind.TIERS_LIEU, "42")), List.of(
                person("P1").gender(Gender.WOMAN).born(1998).education(EducationLevel.ISCED_0_2).status(LabourStatus.UNEMPLOYED, 14, true)
                        .flags(true, null, null, null, null, null, null)
                        .events(event(EventType.INTAKE, "2025-01-10"), event(EventType.CAPE_START, "2025-02-01"))
                        .activity(year(2025, "12000", "6000", "0", 1, 2, 0, 0, 40))
                        .surveys(survey("CAE-IMPACT-ENTRY", TimePoint.ENTRY, "2025-02-01", number("monthly_income", "600"),
                                        likert("isolation", 4), number("swemwbs_total", "20"), likert("self_confidence", 2)),
                                survey("CAE-IMPACT-ANNUAL", TimePoint.ANNUAL, "2025-11-15", yes("rights_decisive"), no("supplementary_cover"),
                                        yes("housing_credit_concerned"), yes("housing_credit_easier"), yes("cae_decisive"),
                                        yes("would_not_have_started"), yes("skills_gained"), likert("peer_exchange_frequency", 4),
                                        number("monthly_income", "900"), likert("isolation", 2), number("swemwbs_total", "26"),
                                        likert("self_confidence", 4), yes("new_activity"), no("ecological_practices"), yes("social_need")))
                        .build(),
                person("P2").gender(Gender.MAN).born(1968).education(EducationLevel.ISCED_5_8).status(LabourStatus.EMPLOYED, null, false)
                        .flags(null, null, null, null, null, false, null)
                        .events(event(EventType.INTAKE, "2025-02-15"), event(EventType.CESA_SIGNED, "2025-03-01"))
                        .activity(year(2025, "40000", "24000", "1.0", 0, 3, 1, 2, 10))
                        .surveys(survey("CAE-IMPACT-ENTRY", TimePoint.ENTRY, "2025-03-01", number("monthly_income", "2000"),
                                        likert("isolation", 3), number("swemwbs_total", "25"), likert("self_confidence", 4)),
                                survey("CAE-IMPACT-ANNUAL", TimePoint.ANNUAL, "2025-10-01", yes("supplementary_cover"),
                                        no("housing_credit_concerned"), no("cae_decisive"), no("would_not_have_started"), yes("skills_gained"),
                                        likert("peer_exchange_frequency", 2), number("monthly_income", "1900"), likert("isolation", 3),
                                        number("swemwbs_total", "24"), likert("self_confidence", 4), no("new_activity"),
                                        yes("ecological_practices"), no("social_need")))
                        .build(),
                person("P3").gender(Gender.WOMAN).born(1980).education(null).status(LabourStatus.SELF_EMPLOYED, null, true)
                        .events(event(EventType.INTAKE, "2021-05-01"), event(EventType.CAPE_START, "2021-06-01"),
                                event(EventType.CESA_SIGNED, "2022-01-10"), event(EventType.BECAME_ASSOCIATE, "2023-06-01"),
                                exit("2025-03-31", ExitOutcome.BUSINESS_CREATED), followUp("2025-10-01", ExitOutcome.EMPLOYED_PERMANENT))
                        .activity(year(2024, "30000", "18000", "0.8", 2, 2, 1, 1, null), year(2025, "5000", "4000", "0.2", 0, 1, 0, 1, null))
                        .surveys(survey("CAE-IMPACT-EXIT", TimePoint.EXIT, "2025-04-10", yes("qualification_gained")))
                        .build(),
                person("P4").gender(Gender.MAN).born(1990).education(EducationLevel.ISCED_3_4).status(LabourStatus.EMPLOYED, null, false)
                        .events(event(EventType.INTAKE, "2022-01-05"), event(EventType.CESA_SIGNED, "2022-02-01"),
                                exit("2025-06-30", ExitOutcome.JOB_SEARCH), followUp("2025-07-15", ExitOutcome.TRAINING),
                                followUp("2025-12-20", ExitOutcome.EMPLOYED_FIXED_TERM_6_MONTHS_PLUS))
                        .activity(year(2022, "1000", "0", "0", 0, 2, 0, 0, 90), year(2025, "8000", "9000", "0.5", 1, 2, 0, 0, null))
                        .build(),
                person("P5").gender(Gender.NON_BINARY).born(2004).education(EducationLevel.ISCED_3_4).status(LabourStatus.STUDENT, null, false)
                        .flags(false, false, false, false, false, false, false)
                        .events(event(EventType.INTAKE, "2025-05-01"), event(EventType.CAPE_START, "2025-06-01"),
                                exit("2025-09-30", ExitOutcome.UNKNOWN))
                        .activity(year(2025, "0", "0", "0", 0, 1, 0, 0, null))
                        .build(),
                person("P6").org("cae-b").gender(Gender.WOMAN).born(1975).education(EducationLevel.ISCED_5_8)
                        .status(LabourStatus.SELF_EMPLOYED, null, false)
                        .events(event(EventType.CAPE_START, "2021-09-01"), event(EventType.CESA_SIGNED, "2022-03-01"),
                                event(EventType.BECAME_ASSOCIATE, "2024-05-01"))
                        .activity(year(2021, "2000", "0", "0", 1, 2, 0, 0, 30), year(2025, "60000", "30000", "1.0", 3, 2, 2, 2, null))
                        .surveys(survey("CAE-IMPACT-ENTRY", TimePoint.ENTRY, "2021-09-01", number("monthly_income", "1500"),
                                        likert("isolation", 5), number("swemwbs_total", "18"), likert("self_confidence", 3)),
                                survey("CAE-IMPACT-ANNUAL", TimePoint.ANNUAL, "2025-12-01", no("rights_decisive"), yes("supplementary_cover"),
                                        yes("housing_credit_concerned"), no("housing_credit_easier"), yes("cae_decisive"),
                                        no("would_not_have_started"), no("skills_gained"), likert("peer_exchange_frequency", 5),
                                        number("monthly_income", "2100"), likert("isolation", 2), number("swemwbs_total", "27"),
                                        likert("self_confidence", 5), yes("new_activity"), yes("ecological_practices"), yes("social_need")))
                        .build(),
                person("P7").org("tl-c").relationship(Relationship.MEMBER).gender(Gender.WOMAN).born(1988)
                        .events(event(EventType.INTAKE, "2024-03-01"))
                        .surveys(survey("TIERS-LIEU-ANNUAL", TimePoint.ANNUAL, "2025-06-15", number("events_attended", "12"),
                                yes("shared_services_used")))
                        .build(),
                person("P8").org("tl-c").relationship(Relationship.USER).gender(Gender.MAN).born(1995)
                        .surveys(survey("TIERS-LIEU-ANNUAL", TimePoint.ANNUAL, "2025-07-01", number("events_attended", "4"),
                                no("shared_services_used")))
                        .build(),
                person("P9").org("tl-c").relationship(Relationship.MEMBER).gender(Gender.UNDISCLOSED).born(1960)
                        .events(event(EventType.INTAKE, "2023-01-01"), exit("2024-12-31", ExitOutcome.MOVED_AWAY))
                        .build(),
                person("P10").org("cae-b").gender(Gender.MAN).born(1985).education(EducationLevel.ISCED_0_2)
                        .status(LabourStatus.UNEMPLOYED, 24, true)
                        .events(event(EventType.CAPE_START, "2022-01-15"), event(EventType.CESA_SIGNED, "2022-07-01"),
                                exit("2025-02-28", ExitOutcome.EMPLOYED_SHORT_TERM), followUp("2025-08-20", ExitOutcome.EMPLOYED_PERMANENT))
                        .activity(year(2022, "5000", "3000", "0.3", 1, 2, 0, 0, 200), year(2025, "2000", "1500", "0.3", 0, 0, 0, 0, null))
                        .build()));
    }

    /** Measures the dataset with nothing masked (k = 1) and 1,000 bootstrap resamples. */
    public static IndicatorReport report() {
        return IndicatorEngine.of(Catalogue.shipped()).measure(dataset(), MeasureOptions.defaults().withDisclosureThreshold(1));
    }
}
