package io.strikeline.ui.briefing;

import io.strikeline.briefing.Briefing;
import io.strikeline.briefing.BriefingFormat;
import io.strikeline.briefing.DeckWriter;
import io.strikeline.briefing.GifAnimation;
import io.strikeline.briefing.HandoutWriter;
import io.strikeline.briefing.KmlWriter;
import io.strikeline.briefing.Mp4Animation;
import io.strikeline.briefing.SafeOutput;
import io.strikeline.export.EventExporter;
import io.strikeline.model.Citation;
import io.strikeline.model.Event;
import io.strikeline.model.Scene;
import io.strikeline.ui.state.EventCatalog;
import io.strikeline.ui.style.EventStyle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/**
 * One export of the briefing in any format, shared by the viewer and the {@code export} command. The file
 * appears whole or not at all ({@link SafeOutput}); an existing one is replaced only when forced. Drawn
 * formats run the screen's views offscreen (the caller starts JavaFX); data formats need no drawing.
 */
public final class BriefingExport {

    /**
     * What to export: the title page's words, the events (rejected ones already left out unless asked for),
     * their citations, a full-text search for text filters, and the scenes, one page each.
     */
    public record Content(String title, String subtitle, EventCatalog catalog, Map<Long, List<Citation>> citations,
                          Function<String, Set<Long>> search, List<Scene> scenes) {}

    /** How: format and file; pictures at {@code scale} times screen size; animations' frames, length and width. */
    public record Options(BriefingFormat format, Path out, boolean force, double scale, int frames, double seconds,
                          int frameWidth) {}

    private BriefingExport() {}

    /** Writes the file and returns what it holds in one line. */
    public static String write(Content content, Options options) throws IOException {
        SafeOutput.refuseOverwrite(options.out(), options.force());
        if (content.scenes().isEmpty()) {
            throw new IllegalArgumentException("nothing to export: no scene");
        }
        BriefingBuilder builder = new BriefingBuilder(content.catalog(), content.citations(), content.search());
        Path out = options.out();
        boolean force = options.force();
        switch (options.format()) {
            case PPTX, PDF -> {
                Briefing briefing = builder.build(content.title(), content.subtitle(), content.scenes(), options.scale());
                SafeOutput.write(out, force, stream -> {
                    if (options.format() == BriefingFormat.PPTX) {
                        DeckWriter.write(briefing, stream);
                    } else {
                        HandoutWriter.write(briefing, stream);
                    }
                });
                return String.format(Locale.ROOT, "%s: %d page(s) after the title, %d event(s) cited, %,d bytes", out,
                        briefing.pages().size(), briefing.appendix().size(), Files.size(out));
            }
            case PNG -> {
                BufferedImage image = builder.image(content.scenes().get(0), options.scale());
                SafeOutput.write(out, force, stream -> ImageIO.write(image, "png", stream));
                return String.format(Locale.ROOT, "%s: %dx%d, %,d bytes", out, image.getWidth(), image.getHeight(),
                        Files.size(out));
            }
            case GIF, MP4 -> {
                return animate(content, options);
            }
            default -> {
                List<Event> events = shown(builder, content.scenes());
                SafeOutput.write(out, force, stream -> {
                    if (options.format() == BriefingFormat.KML) {
                        KmlWriter.write(content.title(), events, content.citations(), BriefingExport::rgb, stream);
                    } else {
                        EventExporter.write(options.format() == BriefingFormat.CSV ? EventExporter.Format.CSV
                                : EventExporter.Format.GEOJSON, events, content.citations(), stream);
                    }
                });
                return String.format(Locale.ROOT, "%s: %,d event(s), %,d bytes", out, events.size(), Files.size(out));
            }
        }
    }

    private static String animate(Content content, Options options) throws IOException {
        PlaybackRenderer renderer = new PlaybackRenderer(content.catalog(), content.search());
        Scene scene = content.scenes().get(0);
        double fps = options.frames() / Math.max(0.1, options.seconds());
        int[] written = new int[1];
        if (options.format() == BriefingFormat.GIF) {
            SafeOutput.write(options.out(), options.force(), stream -> {
                try (GifAnimation gif = new GifAnimation(stream, fps)) {
                    written[0] = renderer.render(scene, options.frames(), options.frameWidth(), gif);
                }
            });
        } else {
            SafeOutput.writeFile(options.out(), options.force(), file -> {
                try (Mp4Animation mp4 = new Mp4Animation(file, (int) Math.max(1, Math.round(fps)))) {
                    written[0] = renderer.render(scene, options.frames(), options.frameWidth(), mp4);
                }
            });
        }
        return String.format(Locale.ROOT, "%s: %d frame(s) at %.1f per second, %,d bytes", options.out(), written[0],
                fps, Files.size(options.out()));
    }

    /** Every event any scene shows, each once, in the scenes' order. */
    private static List<Event> shown(BriefingBuilder builder, List<Scene> scenes) {
        Map<Long, Event> events = new LinkedHashMap<>();
        for (Scene scene : scenes) {
            builder.shown(scene).forEach(e -> events.putIfAbsent(e.id(), e));
        }
        return List.copyOf(events.values());
    }

    private static String rgb(io.strikeline.model.EventType type) {
        Color c = EventStyle.color(type);
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
