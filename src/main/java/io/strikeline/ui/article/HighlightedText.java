package io.strikeline.ui.article;

import io.strikeline.model.MentionKind;
import io.strikeline.model.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * An article body: a {@link TextFlow} with one {@link Text} per styled run, over a layer that paints
 * what Text cannot: the evidence band, the mention backgrounds by kind, search hits and the light
 * underline of other mentions. The layer is recomputed from the flow's own line geometry whenever the
 * width changes, so it follows the wrapping.
 */
final class HighlightedText extends Region {

    private final TextFlow flow = new TextFlow();
    private final Path band = layerPath("band-evidence");
    private final Map<MentionKind, Path> kindPaths = new EnumMap<>(MentionKind.class);
    private final Path underlines = layerPath("band-mention");
    private final Path hits = layerPath("band-search");
    private final Path selection = layerPath("band-selection");
    private String text = "";
    private Span selected;
    private int anchor = -1;
    private Consumer<Span> onSelected;
    private final Group layer = new Group();
    private List<StyledRuns.Run> runs = List.of();
    private double paintedWidth = -1;
    private double measuredWidth = -1;
    private double measuredHeight = -1;
    private double evidenceTop = -1;
    private Runnable onEvidencePlaced;

    HighlightedText() {
        getStyleClass().add("article-body");
        flow.getStyleClass().add("article-flow");
        layer.getChildren().add(band);
        for (MentionKind kind : MentionKind.values()) {
            Path p = layerPath("band-" + kind.code());
            kindPaths.put(kind, p);
            layer.getChildren().add(p);
        }
        layer.getChildren().addAll(underlines, hits, selection);
        flow.setOnMousePressed(e -> {
            anchor = charAt(e.getX(), e.getY());
            e.consume();
        });
        flow.setOnMouseDragged(e -> {
            if (anchor >= 0) {
                int at = charAt(e.getX(), e.getY());
                setSelection(new Span(Math.min(anchor, at), Math.max(anchor, at)));
            }
        });
        flow.setOnMouseReleased(e -> {
            if (anchor < 0) {
                return;
            }
            int at = charAt(e.getX(), e.getY());
            Span chosen = at == anchor ? sentenceAround(text, at) : new Span(Math.min(anchor, at), Math.max(anchor, at));
            anchor = -1;
            setSelection(chosen);
            if (onSelected != null && chosen.end() > chosen.start()) {
                onSelected.accept(chosen);
            }
        });
        layer.setManaged(false);
        layer.setMouseTransparent(true);
        getChildren().addAll(layer, flow);
    }

    private static Path layerPath(String styleClass) {
        Path p = new Path();
        p.getStyleClass().add(styleClass);
        return p;
    }

    /** Told the stretch the analyst selected: dragged over, or the sentence clicked in. */
    void setOnSelected(Consumer<Span> action) {
        onSelected = action;
    }

    /** Marks a stretch of the text as selected (null: none). */
    void setSelection(Span span) {
        selected = span;
        paintSelection();
    }

    Span selection() {
        return selected;
    }

    private int charAt(double x, double y) {
        int index = flow.hitTest(new Point2D(x, y)).getInsertionIndex();
        return Math.max(0, Math.min(text.length(), index));
    }

    /** The sentence holding a character: from after the previous full stop or line break to the next one. */
    static Span sentenceAround(String text, int at) {
        int start = at;
        while (start > 0 && !endsSentence(text, start - 1)) {
            start--;
        }
        int end = at;
        while (end < text.length() && !endsSentence(text, end)) {
            end++;
        }
        end = Math.min(text.length(), end + 1);
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        boolean stop = c == '.' || c == '!' || c == '?';
        return c == '\n' || stop && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private void paintSelection() {
        selection.getElements().setAll(selected == null || selected.end() <= selected.start() ? List.of()
                : boxes(rects(flow.rangeShape(selected.start(), selected.end())), 0, 0));
    }

    /** Replaces the text; builds one Text node per run. */
    void setRuns(String text, List<StyledRuns.Run> newRuns) {
        this.text = text;
        runs = List.copyOf(newRuns);
        List<Text> nodes = new ArrayList<>(runs.size());
        for (StyledRuns.Run run : runs) {
            Text t = new Text(text.substring(run.start(), run.end()));
            t.getStyleClass().add("body-text");
            if (run.evidence()) {
                t.getStyleClass().add("evidence");
            }
            if (run.kind() != null) {
                t.getStyleClass().addAll("evidence-mention", "mention-" + run.kind().code());
            }
            if (run.mention()) {
                t.getStyleClass().add("mention");
            }
            if (run.searchHit()) {
                t.getStyleClass().add("search-hit");
            }
            nodes.add(t);
        }
        flow.getChildren().setAll(nodes);
        paintedWidth = -1;
        requestLayout();
    }

    /** Called once the evidence band has been placed after the next layout (to scroll it into view). */
    void setOnEvidencePlaced(Runnable action) {
        onEvidencePlaced = action;
    }

    /** Top of the evidence band in this node's coordinates; -1 before layout or without evidence. */
    double evidenceTop() {
        return evidenceTop;
    }

    TextFlow flow() {
        return flow;
    }

    /** Height depends on the wrapping width, so parents must ask for the height at a given width. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 400;
    }

    @Override
    protected double computePrefHeight(double width) {
        // TextFlow lays the whole text out again on every query; parents ask several times per pulse.
        if (width != measuredWidth || measuredHeight < 0) {
            double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
            measuredHeight = snappedTopInset() + flow.prefHeight(inner) + snappedBottomInset();
            measuredWidth = width;
        }
        return measuredHeight;
    }

    @Override
    public void requestLayout() {
        measuredHeight = -1;
        super.requestLayout();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        double h = getHeight() - y - snappedBottomInset();
        flow.resizeRelocate(x, y, w, h);
        // Not relocate(): that aligns the group's bounds, which begin at the first highlight, not at the text's origin.
        layer.setLayoutX(x);
        layer.setLayoutY(y);
        if (w != paintedWidth) {
            paintedWidth = w;
            paint();
        }
    }

    private void paint() {
        List<Bounds> bandRects = new ArrayList<>();
        Map<MentionKind, List<Bounds>> kindRects = new EnumMap<>(MentionKind.class);
        List<Bounds> underlineRects = new ArrayList<>();
        List<Bounds> hitRects = new ArrayList<>();
        for (StyledRuns.Run run : runs) {
            if (run.plain()) {
                continue;
            }
            List<Bounds> rects = rects(flow.rangeShape(run.start(), run.end()));
            if (run.evidence()) {
                bandRects.addAll(rects);
            }
            if (run.kind() != null) {
                kindRects.computeIfAbsent(run.kind(), k -> new ArrayList<>()).addAll(rects);
            } else if (run.mention()) {
                underlineRects.addAll(rects);
            }
            if (run.searchHit()) {
                hitRects.addAll(rects);
            }
        }
        band.getElements().setAll(boxes(bandRects, 1, 1));
        for (MentionKind kind : MentionKind.values()) {
            kindPaths.get(kind).getElements().setAll(boxes(kindRects.getOrDefault(kind, List.of()), 0, 0));
        }
        underlines.getElements().setAll(underlineElements(underlineRects));
        hits.getElements().setAll(boxes(hitRects, 0, 0));
        paintSelection();
        double top = bandRects.stream().mapToDouble(Bounds::getMinY).min().orElse(-1);
        evidenceTop = top < 0 ? -1 : top + snappedTopInset();
        if (onEvidencePlaced != null && evidenceTop >= 0) {
            Runnable action = onEvidencePlaced;
            onEvidencePlaced = null;
            action.run();
        }
    }

    /** The rectangles of a range shape: the flow returns one closed sub-path per line fragment. */
    private static List<Bounds> rects(PathElement[] elements) {
        List<Bounds> out = new ArrayList<>();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (PathElement e : elements) {
            double px;
            double py;
            if (e instanceof MoveTo m) {
                if (minX <= maxX) {
                    out.add(new BoundingBox(minX, minY, maxX - minX, maxY - minY));
                }
                minX = Double.MAX_VALUE;
                minY = Double.MAX_VALUE;
                maxX = -Double.MAX_VALUE;
                maxY = -Double.MAX_VALUE;
                px = m.getX();
                py = m.getY();
            } else if (e instanceof LineTo l) {
                px = l.getX();
                py = l.getY();
            } else {
                continue;
            }
            minX = Math.min(minX, px);
            maxX = Math.max(maxX, px);
            minY = Math.min(minY, py);
            maxY = Math.max(maxY, py);
        }
        if (minX <= maxX) {
            out.add(new BoundingBox(minX, minY, maxX - minX, maxY - minY));
        }
        return out;
    }

    private static List<PathElement> boxes(List<Bounds> rects, double padX, double padY) {
        List<PathElement> out = new ArrayList<>(rects.size() * 5);
        for (Bounds b : rects) {
            if (b.getWidth() <= 0) {
                continue;
            }
            double x0 = b.getMinX() - padX;
            double y0 = b.getMinY() - padY;
            double x1 = b.getMaxX() + padX;
            double y1 = b.getMaxY() + padY;
            out.add(new MoveTo(x0, y0));
            out.add(new LineTo(x1, y0));
            out.add(new LineTo(x1, y1));
            out.add(new LineTo(x0, y1));
            out.add(new ClosePath());
        }
        return out;
    }

    /** A thin bar along the bottom of each fragment, lighter than Text's own underline. */
    private static List<PathElement> underlineElements(List<Bounds> rects) {
        List<Bounds> bars = new ArrayList<>(rects.size());
        for (Bounds b : rects) {
            bars.add(new BoundingBox(b.getMinX(), b.getMaxY() - 2, b.getWidth(), 1));
        }
        return boxes(bars, 0, 0);
    }
}
