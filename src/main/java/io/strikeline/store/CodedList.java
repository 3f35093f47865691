package io.strikeline.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Short lists kept in one text column (tags, edited field names): comma-separated, trimmed, no empties. */
public final class CodedList {

    private CodedList() {}

    public static List<String> split(String column) {
        List<String> items = new ArrayList<>();
        if (column != null) {
            for (String item : column.split(",")) {
                if (!item.isBlank() && !items.contains(item.strip())) {
                    items.add(item.strip());
                }
            }
        }
        return items;
    }

    /** The column value of a list: null when empty, so "no tags" is one value, not two. */
    public static String join(Collection<String> items) {
        List<String> clean = split(String.join(",", items));
        return clean.isEmpty() ? null : String.join(",", clean);
    }
}
