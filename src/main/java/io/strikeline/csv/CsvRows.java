package io.strikeline.csv;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Every CSV file the program reads or writes goes through Jackson's CSV parser and generator (RFC 4180: quoted cells
 * hold commas, quotes and line breaks). Reading keeps the line each row starts on, so errors can name it.
 */
public final class CsvRows {

    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    /** One row of cells and the line of the file it starts on (1-based; a quoted cell may span more lines). */
    public record Row(long line, List<String> cells) {

        /** The cell at {@code index}, or "" when the row is shorter. */
        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private CsvRows() {}

    /** Every row, header included, blank lines left out. Malformed CSV (an unclosed quote) is an IOException. */
    public static List<Row> read(Reader in) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = MAPPER.readerForListOf(String.class).readValues(in)) {
            while (true) {
                long line = it.getCurrentLocation().getLineNr();
                if (!it.hasNextValue()) {
                    break;
                }
                Row row = new Row(line, List.copyOf(it.nextValue()));
                if (!row.blank()) {
                    rows.add(row);
                }
            }
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage(), e); // Jackson wraps parse errors of the iterator unchecked
        }
        return rows;
    }

    /** Rows of lines given one per element (tests and small inputs). */
    public static List<Row> read(List<String> lines) {
        try {
            return read(new StringReader(String.join("\n", lines)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a header and rows (null cells empty), CRLF line ends, quoting only cells that need it. */
    public static void write(Writer out, List<String> header, Iterable<List<String>> rows) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
        // the caller owns the stream; quote only the cells that need it
        try (SequenceWriter writer = MAPPER.writer(schema).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).writeValues(out)) {
            writer.write(header);
            for (List<String> row : rows) {
                // Jackson leaves null array elements out, which would shift the columns
                writer.write(row.stream().map(cell -> cell == null ? "" : cell).toList());
            }
        }
    }
}
