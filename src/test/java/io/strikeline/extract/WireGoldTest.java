package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.extract.eval.GoldEvent;
import io.strikeline.extract.eval.GoldFile;
import io.strikeline.extract.eval.Predicted;
import io.strikeline.extract.eval.Score;
import io.strikeline.extract.eval.Scorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The written test articles against their gold file: a regression floor, not a measure of real-world quality. */
class WireGoldTest {

    @Test
    void testArticlesMeetTheQualityFloor() throws Exception {
        Map<String, List<GoldEvent>> gold = new HashMap<>();
        for (GoldEvent g : GoldFile.read(Path.of("src/test/resources/gold/wire-gold.csv"))) {
            gold.computeIfAbsent(g.file(), k -> new ArrayList<>()).add(g);
        }
        Map<String, List<Predicted>> predicted = new HashMap<>();
        Extractor extractor = RuleBasedExtractor.standard();
        for (String dir : List.of("src/test/resources/articles/seeds", "src/test/resources/articles/wire")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.toList()) {
                    ArticleText a = Articles.parse(Files.readString(f), null);
                    List<Predicted> list = predicted.computeIfAbsent(f.getFileName().toString(), k -> new ArrayList<>());
                    extractor.extract(a).events().forEach(e -> list.add(Predicted.of(e)));
                }
            }
        }
        Score s = Scorer.score(gold, predicted);
        assertThat(s.precision()).as(s.summary()).isGreaterThanOrEqualTo(0.9);
        assertThat(s.recall()).as(s.summary()).isGreaterThanOrEqualTo(0.9);
        assertThat(s.dateAccuracy()).as(s.summary()).isGreaterThanOrEqualTo(0.9);
        assertThat(s.shareWithin25Km()).as(s.summary()).isGreaterThanOrEqualTo(0.9);
    }
}
