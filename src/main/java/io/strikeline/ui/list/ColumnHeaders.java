package io.strikeline.ui.list;

import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Column titles that are never cut off: each column's minimum width fits its title (and the sort arrow),
 * the title carries a tooltip that says what the column holds, and text cells show their full value as a
 * tooltip when the column is narrower than the value.
 */
final class ColumnHeaders {

    /** Room for the header's padding and the sort arrow beside the title. */
    private static final double HEADER_CHROME = 20;
    /** Bold at the largest header size of the themes in use (AtlantaFX 14 px, Modena 12 px). */
    private static final Font HEADER_FONT = Font.font(null, FontWeight.BOLD, 14);

    private static final Map<String, String> EXPLANATIONS = Map.of(
            "Type", "Type of strike or attack",
            "Date", "Event date (ISO); month or year only when the sources say no more",
            "Place", "Where the event happened, as named in the sources",
            "Perpetrator", "Who carried out the strike, when the sources say",
            "Killed", "Killed (lowest reported figure)",
            "Conf.", "Extraction confidence, percent",
            "Status", "Review status: unreviewed, confirmed, disputed or rejected");

    private ColumnHeaders() {}

    /** Puts the title into a label with a tooltip and keeps the column at least as wide as the title. */
    static void fitTitle(TableColumn<?, ?> column) {
        String title = column.getText();
        if (title == null || title.isEmpty() || column.getGraphic() != null) {
            return;
        }
        Label label = new Label(title);
        label.setMinWidth(Label.USE_PREF_SIZE);
        label.setTooltip(new Tooltip(EXPLANATIONS.getOrDefault(title, title)));
        column.setText(null);
        column.setGraphic(label);
        column.setMinWidth(Math.max(column.getMinWidth(), titleWidth(title) + HEADER_CHROME));
        column.setPrefWidth(Math.max(column.getPrefWidth(), column.getMinWidth()));
    }

    static double titleWidth(String title) {
        Text text = new Text(title);
        text.setFont(HEADER_FONT);
        return Math.ceil(text.getLayoutBounds().getWidth());
    }

    /** Width of cell text at the largest cell font of the themes in use. */
    static double textWidth(String value) {
        Text text = new Text(value);
        text.setFont(Font.font(null, 14));
        return Math.ceil(text.getLayoutBounds().getWidth());
    }

    /** Shows {@code text} in the cell's own tooltip, or no tooltip when there is no text. */
    static void showTooltip(TableCell<?, ?> cell, Tooltip tooltip, String text) {
        if (text == null || text.isEmpty()) {
            cell.setTooltip(null);
            return;
        }
        tooltip.setText(text);
        cell.setTooltip(tooltip);
    }

    /** A plain text cell whose tooltip holds its whole value, for when the column cuts it off. */
    static <S> TableCell<S, String> textCellWithTooltip() {
        return new TableCell<>() {
            // one tooltip per cell, its text changed: a new Tooltip per update costs CSS work in every brushing frame
            private final Tooltip whole = new Tooltip();

            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
                showTooltip(this, whole, empty ? null : value);
            }
        };
    }
}
