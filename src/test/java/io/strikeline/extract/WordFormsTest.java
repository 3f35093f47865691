package io.strikeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** The word table a thread keeps from text to text changes no token: forms depend on a word's characters alone. */
class WordFormsTest {

    private static final String TEXT = "The \u02BFAyn as-Sakhar depot and AS Roma's ground: \u2018Ayn al-Asad was struck as well,"
            + " as were the Ayn, ayn and AYN posts near Al\u2019Asad.";

    /** Tokens on a thread that has read nothing before. */
    private static List<Token> onFreshThread(String text) throws InterruptedException, ExecutionException {
        return CompletableFuture.supplyAsync(() -> Tokenizer.tokenize(text), runnable -> new Thread(runnable).start()).get();
    }

    @Test
    void tokensAreTheSameWhateverTheThreadReadBefore() throws Exception {
        List<Token> fresh = onFreshThread(TEXT);
        Tokenizer.tokenize("Ayn as AS as- al-Asad \u02BFayn Sakhar-as depot's ground ground");
        Tokenizer.tokenize("As the AYN's post was hit, as-Sakhar and as well as \u2018ayn went quiet.");
        assertThat(Tokenizer.tokenize(TEXT)).isEqualTo(fresh);
    }

    @Test
    void aTableThatStartsAfreshGivesTheSameTokens() throws Exception {
        List<Token> fresh = onFreshThread(TEXT);
        List<Token> afterManyWords = CompletableFuture.supplyAsync(() -> {
            StringBuilder words = new StringBuilder();
            for (int i = 0; i < 120_000; i++) {
                words.append("word").append(i).append(i % 40 == 39 ? ".\n" : " ");
            }
            Tokenizer.tokenize(words.toString()); // more characters of distinct words than the table keeps
            Tokenizer.tokenize(TEXT.substring(0, 40));
            return Tokenizer.tokenize(TEXT);
        }, runnable -> new Thread(runnable).start()).get();
        assertThat(afterManyWords).isEqualTo(fresh);
    }
}
