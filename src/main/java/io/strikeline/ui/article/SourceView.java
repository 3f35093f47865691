package io.strikeline.ui.article;

import io.strikeline.model.FieldEvidence;
import io.strikeline.model.Mention;
import io.strikeline.model.Span;
import io.strikeline.ui.state.EventDetails;
import io.strikeline.ui.style.ScrollViewports;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * One source article of the selected event: title, outlet, published date and how it was known, a
 * "Copy citation" action, then the full text with its evidence highlighted. Scrolls the evidence
 * sentence into view when first shown.
 */
final class SourceView extends ScrollPane {

    private final EventDetails.Source source;
    private final String text;
    private final List<Mention> evidenceMentions;
    private final List<Mention> otherMentions;
    private final HighlightedText body = new HighlightedText();
    private final VBox content;
    private List<String> queryWords;

    /**
     * @param copyTip the "Copy citation" button's tooltip, shared by the views of one pane: a tooltip is a popup
     *     window with a scene of its own, the largest part of building a view
     */
    SourceView(EventDetails.Source source, List<String> queryWords, Tooltip copyTip) {
        this.source = source;
        this.text = source.article().text() == null ? "" : source.article().text();
        this.queryWords = List.copyOf(queryWords);
        this.evidenceMentions = source.link() == null ? List.of()
                : source.link().fields().stream().map(FieldEvidence::mention).filter(Objects::nonNull).distinct().toList();
        Set<Mention> evidenceSet = new HashSet<>(evidenceMentions);
        this.otherMentions = source.mentions().stream().filter(m -> !evidenceSet.contains(m)).toList();

        getStyleClass().add("source-view");
        ScrollViewports.uncache(this);
        Label title = new Label(source.article().title() == null || source.article().title().isBlank()
                ? "Untitled article" : source.article().title());
        title.getStyleClass().add("article-title");
        title.setWrapText(true);
        Label outlet = new Label(EventSummary.outlet(source.article()));
        outlet.getStyleClass().add("article-outlet");
        Label published = new Label(EventSummary.published(source.article()));
        published.getStyleClass().add("article-published");
        Button copy = new Button("Copy citation");
        copy.getStyleClass().add("copy-citation");
        copy.setTooltip(copyTip);
        copy.setOnAction(e -> copyCitation());
        copy.setDisable(EventSummary.evidence(source).isEmpty());
        FlowPane meta = new FlowPane(6, 2, outlet, new Label("\u00b7"), published);
        meta.getStyleClass().add("article-meta");
        content = new VBox(title, meta);
        content.getStyleClass().add("article-content");
        String note = EventSummary.publishedNote(source.article());
        if (note != null) {
            Label noteLabel = new Label(note);
            noteLabel.getStyleClass().add("article-note");
            noteLabel.setWrapText(true);
            content.getChildren().add(noteLabel);
        }
        content.getChildren().add(copy);
        content.getChildren().add(body);
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        rebuild();
        body.setOnEvidencePlaced(() -> Platform.runLater(this::scrollToEvidence));
    }

    /** The tooltip of a view's "Copy citation" button. */
    static Tooltip copyTip() {
        return new Tooltip("Copy the evidence sentence with title, outlet and date");
    }

    EventDetails.Source source() {
        return source;
    }

    HighlightedText body() {
        return body;
    }

    /** Re-highlights search hits for new query words; keeps the scroll position. */
    void setQueryWords(List<String> words) {
        if (!words.equals(queryWords)) {
            queryWords = List.copyOf(words);
            rebuild();
        }
    }

    private void rebuild() {
        Span sentence = source.link() == null ? null : source.link().sentence();
        List<Span> hits = SearchTerms.hits(text, queryWords);
        body.setRuns(text, StyledRuns.split(text, sentence, evidenceMentions, otherMentions, hits));
    }

    /** Puts the evidence band about a quarter down the viewport. */
    void scrollToEvidence() {
        double top = body.evidenceTop();
        double contentHeight = content.getHeight();
        double viewport = getViewportBounds().getHeight();
        if (top < 0 || contentHeight <= viewport) {
            return;
        }
        double y = body.getBoundsInParent().getMinY() + top - viewport * 0.25;
        setVvalue(Math.max(0, Math.min(1, y / (contentHeight - viewport))));
    }

    /** Scrolls a stretch of the text about a quarter down the viewport. */
    void scrollTo(Span span) {
        double contentHeight = content.getHeight();
        double viewport = getViewportBounds().getHeight();
        PathElement[] shape = body.flow().rangeShape(span.start(), Math.max(span.start() + 1, span.end()));
        double top = -1;
        for (PathElement e : shape) {
            if (e instanceof MoveTo m) {
                top = top < 0 ? m.getY() : Math.min(top, m.getY());
            }
        }
        if (top < 0 || contentHeight <= viewport) {
            return;
        }
        double y = body.getBoundsInParent().getMinY() + top - viewport * 0.25;
        setVvalue(Math.max(0, Math.min(1, y / (contentHeight - viewport))));
    }

    String citation() {
        return EventSummary.citation(source);
    }

    private void copyCitation() {
        ClipboardContent clip = new ClipboardContent();
        clip.putString(citation());
        Clipboard.getSystemClipboard().setContent(clip);
    }
}
