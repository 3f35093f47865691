package io.strikeline.ui.briefing;

import io.strikeline.model.Citation;
import io.strikeline.model.Scene;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The open file's scenes and citations, as the viewer's session offers them. Every call may touch the database:
 * callers run them off the FX thread.
 */
public interface SceneLibrary {

    List<Scene> scenes();

    Scene saveScene(Scene scene);

    void renameScene(String from, String to);

    void deleteScene(String name);

    void reorderScenes(List<String> names);

    Map<Long, List<Citation>> citations();

    Set<Long> search(String query);

    /** Why scenes cannot be saved (the file is open read-only), or null when they can. */
    String readOnlyReason();
}
