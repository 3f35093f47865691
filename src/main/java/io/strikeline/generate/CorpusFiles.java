package io.strikeline.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a corpus as JSON Lines files the ingest reader takes, a fixed number of articles per file. */
public final class CorpusFiles {

    private static final JsonFactory JSON = new JsonFactory();

    private CorpusFiles() {}

    /**
     * Writes {@code corpus-00001.jsonl}, ... into {@code folder} and returns them in order. Small files
     * keep ingest's per-file parallelism busy and its progress reports frequent.
     */
    public static List<Path> write(List<GeneratedArticle> articles, Path folder, int perFile) throws IOException {
        if (perFile < 1) {
            throw new IllegalArgumentException("articles per file must be positive: " + perFile);
        }
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (int from = 0; from < articles.size(); from += perFile) {
            Path file = folder.resolve(String.format("corpus-%05d.jsonl", files.size() + 1));
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (GeneratedArticle a : articles.subList(from, Math.min(articles.size(), from + perFile))) {
                    writeLine(a, out);
                }
            }
            files.add(file);
        }
        return files;
    }

    private static void writeLine(GeneratedArticle a, Writer out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("title", a.title());
            json.writeStringField("text", a.text());
            json.writeStringField("source", a.source());
            json.writeStringField("published", a.published().toString());
            json.writeStringField("url", a.url());
            json.writeEndObject();
        }
        out.write('\n');
    }
}
