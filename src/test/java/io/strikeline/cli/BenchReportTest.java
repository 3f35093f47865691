package io.strikeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.ui.app.ViewerBenchmark;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    private static ViewerBenchmark.Result result(double launchMs, int events, double allDrawnMs) {
        ViewerBenchmark.Frames frames = new ViewerBenchmark.Frames(new double[] {1, 2, 3}, new double[] {1, 1, 1}, 2);
        return new ViewerBenchmark.Result(launchMs, events, 100, allDrawnMs, 200, 300, frames, frames, frames, frames,
                frames, 50, 1000);
    }

    @Test
    void oneRunReportsTheCommandsStartUpButAGrowthRunLeavesItOutSinceItCountsTheEarlierSizes() {
        ViewerBenchmark.Result small = result(200, 10_000, 250);
        ViewerBenchmark.Result large = result(30_000, 1_000_000, 2500);

        assertThat(BenchReport.json(small.figures())).contains("\"launch_ms\": ");
        assertThat(BenchReport.growthJson(List.of(small, large))).doesNotContain("launch_ms").contains("\"all_drawn_ms\": 0.50");
        assertThat(BenchReport.growthTable(List.of(small, large))).doesNotContain("launch_ms").contains("all_drawn_ms");
    }
}
