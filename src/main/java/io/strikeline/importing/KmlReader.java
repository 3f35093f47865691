package io.strikeline.importing;

import io.strikeline.model.DatePrecision;
import io.strikeline.model.EventDate;
import io.strikeline.model.EventType;
import io.strikeline.model.LocationPrecision;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * KML Placemarks with times, as our KML export writes them: the type from the style ({@code #drone_strike}), the
 * place from the name after the type ("Drone strike, Al-Qaim"), the dates from the TimeSpan (or TimeStamp), the
 * perpetrator and casualties from ExtendedData, a Point. KML carries no precision, country or target: a Point is
 * taken as a town. The article keeps the Placemark's fields as "name: value" lines.
 */
final class KmlReader {

    /** Another tool's placemark: taken at half. */
    private static final double CONFIDENCE = 0.5;
    private static final Pattern KILLED = Pattern.compile("(\\d+)(?:\u2013\\d+)? killed");
    private static final Pattern INJURED = Pattern.compile("(\\d+)(?:\u2013\\d+)? injured");

    private KmlReader() {}

    static Parsed read(Path file) throws IOException {
        Parsed parsed = new Parsed(file.toString());
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false); // no external entities from a file off the web
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Placemark")) {
                    long line = xml.getLocation().getLineNumber();
                    Map<String, String> fields = placemark(xml);
                    String title = "KML " + file.getFileName() + " " + fields.getOrDefault("id", "line " + line);
                    parsed.row(line, () -> coded(fields).record(title, "KML", null, null, original(fields), parsed.where(line)));
                }
            }
        } catch (XMLStreamException e) {
            parsed.bad(e.getLocation() == null ? 1 : e.getLocation().getLineNumber(), "malformed KML: " + e.getMessage()
                    .replaceAll("\\s+", " "));
        }
        return parsed;
    }

    /** The Placemark's fields by element name (Data by its name attribute), up to its end tag. */
    private static Map<String, String> placemark(XMLStreamReader xml) throws XMLStreamException {
        Map<String, String> fields = new LinkedHashMap<>();
        String id = xml.getAttributeValue(null, "id");
        if (id != null) {
            fields.put("id", id);
        }
        String dataName = null;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = xml.getLocalName();
                if (name.equals("Data")) {
                    dataName = xml.getAttributeValue(null, "name");
                } else if (name.equals("value") && dataName != null) {
                    fields.put(dataName, xml.getElementText().strip());
                    depth--;
                } else if (!name.equals("ExtendedData") && !name.equals("TimeSpan") && !name.equals("TimeStamp")
                        && !name.equals("Point")) {
                    fields.put(name, xml.getElementText().strip());
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return fields;
    }

    private static CodedRow coded(Map<String, String> f) {
        String style = f.getOrDefault("styleUrl", "");
        if (!style.startsWith("#")) {
            throw new IllegalArgumentException("placemark has no style naming its event type (styleUrl #airstrike ...)");
        }
        EventType type = GeoJsonReader.code(() -> EventType.fromCode(style.substring(1)), "event type", style.substring(1));
        String name = f.getOrDefault("name", "");
        int comma = name.indexOf(", ");
        String place = comma < 0 ? null : CodedRow.blankToNull(name.substring(comma + 2));
        double[] at = coordinates(f.get("coordinates"));
        String casualties = f.getOrDefault("casualties", "");
        String perpetrator = f.get("perpetrator");
        return new CodedRow(type, date(f), "unlocated".equals(place) ? null : place, at == null ? null : at[0],
                at == null ? null : at[1], at == null ? null : LocationPrecision.CITY, null,
                "\u2014".equals(perpetrator) ? null : perpetrator, null, figure(KILLED, casualties), figure(INJURED, casualties),
                CONFIDENCE);
    }

    /** TimeSpan begin..end: one day, a whole month, a whole year, or a range of days; or a TimeStamp (day, month, year). */
    static EventDate date(Map<String, String> f) {
        String begin = f.getOrDefault("begin", f.get("when"));
        if (begin == null || begin.isBlank()) {
            return null;
        }
        try {
            if (!f.containsKey("end")) {
                return EventDate.parse(dateOnly(begin));
            }
            LocalDate start = LocalDate.parse(dateOnly(begin));
            LocalDate end = LocalDate.parse(dateOnly(f.get("end")));
            if (start.getDayOfMonth() == 1 && end.equals(YearMonth.from(start).atEndOfMonth()) && !start.equals(end)) {
                return start.getMonthValue() == 1 && end.getMonthValue() == 12 ? EventDate.year(start.getYear())
                        : EventDate.month(YearMonth.from(start));
            }
            if (start.getDayOfYear() == 1 && end.equals(LocalDate.of(start.getYear(), 12, 31))) {
                return EventDate.year(start.getYear());
            }
            return new EventDate(start, end, DatePrecision.DAY);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("time is not a date: '" + begin + "'");
        }
    }

    /** KML times may carry a time of day; events keep days. */
    private static String dateOnly(String time) {
        String t = time.strip();
        int clock = t.indexOf('T');
        return clock < 0 ? t : t.substring(0, clock);
    }

    private static double[] coordinates(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.strip().split(",");
        if (parts.length < 2) {
            throw new IllegalArgumentException("coordinates are not lon,lat: '" + text + "'");
        }
        return CodedRow.coordinates(parts[1], parts[0]);
    }

    private static Integer figure(Pattern pattern, String casualties) {
        Matcher m = pattern.matcher(casualties);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String original(Map<String, String> fields) {
        StringBuilder s = new StringBuilder();
        fields.forEach((k, v) -> s.append(k).append(": ").append(v).append('\n'));
        return s.toString().strip();
    }
}
