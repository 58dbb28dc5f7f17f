package io.github.caeimpact.sroi.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.caeimpact.sroi.map.Discounting;
import io.github.caeimpact.sroi.map.MapGenerator;
import io.github.caeimpact.sroi.map.Maps;
import io.github.caeimpact.sroi.map.QuantityBindings;
import io.github.caeimpact.sroi.proxy.PriceIndex;
import io.github.caeimpact.sroi.proxy.ProxyLibrary;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationPlanEvaluatorTest {

    private static EvaluationPlan plan(int caseIndex) {
        return SroiEngine.compile(new MapGenerator(11L).map(caseIndex), QuantityBindings.empty(),
                ProxyLibrary.standard(), PriceIndex.standard());
    }

    @Test
    void evaluatorGivesTheSameFiguresAsTheOneShotFastPath() {
        for (int c = 0; c < 30; c++) {
            EvaluationPlan plan = plan(c);
            double[] v = plan.baselineDoubles();
            EvaluationPlan.Evaluator evaluator = plan.evaluator();
            double ratio = evaluator.evaluate(v);
            assertThat(ratio).as("seed 11, case %d", c).isEqualTo(plan.sroiRatio(v));
            assertThat(evaluator.presentValue()).as("seed 11, case %d", c).isEqualTo(plan.presentValue(v));
            assertThat(evaluator.totalInputs()).as("seed 11, case %d", c).isEqualTo(plan.totalInputs(v));
        }
    }

    @Test
    void evaluatingAgainAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        // Two outcomes at the French 2021 rate: rates, growth, deductions, drop-off and pro rata.
        EvaluationPlan plan = SroiEngine.compile(Maps.map(Discounting.fr2021(BigDecimal.ONE), "1000",
                Maps.outcome("a", "A", "10", "100", "3.5", "0.2", "0.1", List.of("0.25", "0.1"), "0.1"),
                Maps.outcome("b", "B", "4", "50", "2", "0", "0", List.of("0"), "0.3")),
                QuantityBindings.empty(), ProxyLibrary.standard(), PriceIndex.standard());
        double[] v = plan.baselineDoubles();
        EvaluationPlan.Evaluator evaluator = plan.evaluator();
        double sum = 0;
        for (int i = 0; i < 20_000; i++) {
            sum += evaluator.evaluate(v);
        }
        long before = threads.getThreadAllocatedBytes(id);
        for (int i = 0; i < 100_000; i++) {
            sum += evaluator.evaluate(v);
        }
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        assertThat(sum).isFinite();
        // 100,000 evaluations: a single object per evaluation would be at least 1.6 MB.
        assertThat(allocated).as("bytes allocated by 100,000 evaluations").isLessThan(16_000);
    }
}
