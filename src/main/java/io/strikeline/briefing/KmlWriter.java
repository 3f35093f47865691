package io.strikeline.briefing;

import io.strikeline.model.Citation;
import io.strikeline.model.Event;
import io.strikeline.model.EventType;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * KML for Google Earth: one Placemark per event, with a TimeSpan over its dates (so Earth's time slider
 * plays it), a style per event type in the screen's colours, and its evidence and sources as description.
 * Unlocated events are kept, without a Point, so the file still lists every event shown.
 */
public final class KmlWriter {

    private static final String NS = "http://www.opengis.net/kml/2.2";

    private KmlWriter() {}

    /** {@code colors} gives each type's screen colour as "#RRGGBB". */
    public static void write(String title, List<Event> events, Map<Long, List<Citation>> citations,
                             Function<EventType, String> colors, OutputStream out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("kml");
            x.writeDefaultNamespace(NS);
            x.writeStartElement("Document");
            element(x, "name", title);
            for (EventType type : EventType.values()) {
                writeStyle(x, type, colors.apply(type));
            }
            for (Event e : events) {
                writePlacemark(x, e, EventRow.of(e, citations.get(e.id())));
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write KML: " + e.getMessage(), e);
        }
    }

    private static void writeStyle(XMLStreamWriter x, EventType type, String rgb) throws XMLStreamException {
        x.writeStartElement("Style");
        x.writeAttribute("id", type.code());
        x.writeStartElement("IconStyle");
        element(x, "color", kmlColor(rgb));
        element(x, "scale", "1.1"); // no Icon href: Earth tints its own pin, and the file names no server
        x.writeEndElement();
        x.writeStartElement("LabelStyle");
        element(x, "scale", "0.8");
        x.writeEndElement();
        x.writeEndElement();
    }

    /** KML writes colours alpha, blue, green, red. */
    static String kmlColor(String rgb) {
        String hex = rgb.startsWith("#") ? rgb.substring(1) : rgb;
        return ("ff" + hex.substring(4, 6) + hex.substring(2, 4) + hex.substring(0, 2)).toLowerCase(Locale.ROOT);
    }

    private static void writePlacemark(XMLStreamWriter x, Event e, EventRow row) throws XMLStreamException {
        x.writeStartElement("Placemark");
        x.writeAttribute("id", "event-" + e.id());
        element(x, "name", row.type() + ", " + row.place());
        element(x, "description", description(row));
        if (e.date() != null) {
            x.writeStartElement("TimeSpan");
            element(x, "begin", e.date().start().toString());
            element(x, "end", e.date().end().toString());
            x.writeEndElement();
        }
        element(x, "styleUrl", "#" + e.type().code());
        x.writeStartElement("ExtendedData");
        data(x, "event_id", Long.toString(e.id()));
        data(x, "perpetrator", row.perpetrator());
        data(x, "casualties", row.casualties());
        data(x, "status", row.status());
        x.writeEndElement();
        if (e.located()) {
            x.writeStartElement("Point");
            element(x, "coordinates", String.format(Locale.ROOT, "%.6f,%.6f,0", e.lon(), e.lat()));
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static String description(EventRow row) {
        StringBuilder s = new StringBuilder();
        s.append(row.date()).append(" \u00B7 ").append(row.perpetrator()).append(" \u00B7 ").append(row.casualties());
        if (row.evidence() != null) {
            s.append("\n\n\u201C").append(row.evidence()).append('\u201D');
        }
        for (SourceRef ref : row.sources()) {
            s.append("\n\u2014 ").append(ref.line());
        }
        return s.toString();
    }

    private static void data(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement("Data");
        x.writeAttribute("name", name);
        element(x, "value", value);
        x.writeEndElement();
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text == null ? "" : text);
        x.writeEndElement();
    }
}
