package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.strikeline.geo.NameFolding;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** Issue 11.4: the number, date and name parsers of extraction never fail on hostile text and read what they should. */
class TextParserPropertiesTest {

    @Property(tries = 500)
    void digitsReadAsTheirNumber(@ForAll @IntRange(min = 0, max = 999_999) int n) {
        Token token = Tokenizer.tokenize(Integer.toString(n)).get(0);
        assertThat(Numbers.value(token)).isEqualTo(n);
    }

    @Property(tries = 500)
    void anyTokenIsANumberOrMinusOneNeverAFailure(@ForAll("hostileText") String text) {
        for (Token token : Tokenizer.tokenize(text)) {
            assertThat(Numbers.value(token)).isGreaterThanOrEqualTo(-1);
        }
    }

    @Property(tries = 500)
    void aWrittenOutDateIsFoundWithItsDayMonthAndYear(@ForAll("days") LocalDate day, @ForAll boolean monthFirst) {
        String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String text = "The strike on " + (monthFirst ? month + " " + day.getDayOfMonth() + ", " + day.getYear()
                : day.getDayOfMonth() + " " + month + " " + day.getYear()) + " killed two people.";
        List<Token> tokens = Tokenizer.tokenize(text);
        List<DateExpr> dates = DateFinder.find(tokens, 0, tokens.size());
        assertThat(dates).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo(DateExpr.Kind.ABSOLUTE);
            assertThat(LocalDate.of(d.year(), d.month(), d.day())).isEqualTo(day);
        });
    }

    @Property(tries = 1000)
    void datesFoundInHostileTextAreWithinTheirTokensAndValid(@ForAll("hostileText") String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        for (DateExpr d : DateFinder.find(tokens, 0, tokens.size())) {
            assertThat(d.fromTok()).isBetween(0, tokens.size());
            assertThat(d.toTok()).isBetween(d.fromTok(), tokens.size());
            if (d.kind() == DateExpr.Kind.ABSOLUTE) {
                assertThat(d.month()).isBetween(1, 12);
                assertThat(d.day()).isBetween(1, 31);
            }
        }
    }

    @Property(tries = 1000)
    void foldingANameNeverFailsAndFoldingTwiceChangesNothing(@ForAll("hostileText") String name) {
        String folded = NameFolding.fold(name);
        assertThat(NameFolding.fold(folded)).isEqualTo(folded);
        assertThat(folded).doesNotContain("  ").isEqualTo(folded.strip());
    }

    @Property(tries = 300)
    void namesDifferingOnlyInCaseAndSpacingFoldAlike(@ForAll @StringLength(min = 1, max = 30) String letters) {
        String name = letters.replaceAll("[^A-Za-z ]", "a");
        assertThat(NameFolding.fold("  " + name.toUpperCase(Locale.ROOT) + " ")).isEqualTo(NameFolding.fold(name));
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 365 * 60).map(n -> LocalDate.of(1970, 1, 1).plusDays(n));
    }

    /** Words of strike reports mixed with digits, punctuation, Arabic, bidi and control characters. */
    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<String> words = Arbitraries.of("killed", "on", "January", "31", "2020", "Feb.", "30th", "-", "1,000",
                "dozen", "a", "al-", "Qaim", "\u0628\u063A\u062F\u0627\u062F", "\u202E", "\u0000", "\u001B[31m", "''", "\"",
                "99999999999", "-3", "Monday", "last", "week", "after", "days", "(", ")", ",", ".", "\uD83D\uDCA5", "\t\n");
        Arbitrary<String> wordy = words.list().ofMaxSize(60).map(list -> String.join(" ", list));
        return Arbitraries.oneOf(wordy, Arbitraries.strings().ofMaxLength(200), Arbitraries.strings().all().ofMaxLength(80));
    }
}
