package io.strikeline.ui.app;

import io.strikeline.ingest.Problem;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** The files an ingest skipped or doubted, each with its line and reason, in a dialog the analyst can copy from. */
final class ProblemsDialog {

    private ProblemsDialog() {}

    static void show(Window owner, List<Problem> problems) {
        TextArea text = new TextArea(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(720, 320);
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.setTitle("Problems while adding articles");
        alert.setHeaderText(problems.size() + " file(s) or line(s) could not be read as articles; the rest was added.");
        alert.getDialogPane().setContent(text);
        alert.initOwner(owner);
        alert.show();
    }
}
