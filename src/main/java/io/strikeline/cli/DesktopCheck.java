package io.strikeline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the viewer needs from a Linux machine before JavaFX starts: a display, and the desktop libraries
 * its GTK window loads. Without them JavaFX fails with "Unable to load glass GTK library" and a stack
 * trace; this names the Debian packages to install instead, and the commands that need none of it.
 */
final class DesktopCheck {

    /** Library file -> the Debian package that installs it. */
    private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

    static {
        LIBRARIES.put("libgtk-3.so.0", "libgtk-3-0");
        LIBRARIES.put("libgdk-3.so.0", "libgtk-3-0");
        LIBRARIES.put("libGL.so.1", "libgl1");
        LIBRARIES.put("libXtst.so.6", "libxtst6");
        LIBRARIES.put("libXxf86vm.so.1", "libxxf86vm1");
    }

    /** Every package the viewer's window needs, for the README and the message. */
    static final String PACKAGES = String.join(" ", new LinkedHashSet<>(LIBRARIES.values()));

    static final String WITHOUT_DESKTOP = "'strikeline snapshot' (the viewer as a PNG), 'strikeline export' and"
            + " 'strikeline ingest' need none of this.";

    private static final List<String> STANDARD_DIRS = List.of("/lib", "/usr/lib", "/lib64", "/usr/lib64",
            "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
            "/usr/local/lib");

    private DesktopCheck() {}

    /** The message to show instead of starting the viewer on this machine, or empty when it can start. */
    static Optional<String> problem() {
        if (!System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return Optional.empty();
        }
        return problem(System.getenv(), DesktopCheck::installed);
    }

    /** {@code installed} tells whether a library file can be found by the dynamic loader. */
    static Optional<String> problem(Map<String, String> env, Predicate<String> installed) {
        Set<String> missing = new LinkedHashSet<>();
        LIBRARIES.forEach((library, pkg) -> {
            if (!installed.test(library)) {
                missing.add(pkg);
            }
        });
        boolean display = env.get("DISPLAY") != null || env.get("WAYLAND_DISPLAY") != null;
        if (display && missing.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder message = new StringBuilder("The viewer cannot open a window here: ");
        if (!display) {
            message.append("there is no display (DISPLAY and WAYLAND_DISPLAY are not set; start it from a desktop"
                    + " session)");
        }
        if (!missing.isEmpty()) {
            message.append(display ? "" : ", and ").append("the desktop libraries it needs are missing. Install them with:")
                    .append(System.lineSeparator()).append("  sudo apt-get install ").append(String.join(" ", missing));
        } else {
            message.append('.');
        }
        return Optional.of(message.append(System.lineSeparator()).append(WITHOUT_DESKTOP).toString());
    }

    /** Looks where the dynamic loader looks: LD_LIBRARY_PATH, the folders in /etc/ld.so.conf.d, the usual ones. */
    private static boolean installed(String library) {
        for (String dir : libraryDirs()) {
            if (Files.exists(Path.of(dir, library))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> libraryDirs() {
        List<String> dirs = new ArrayList<>();
        String ldPath = System.getenv("LD_LIBRARY_PATH");
        if (ldPath != null) {
            dirs.addAll(List.of(ldPath.split(":")));
        }
        try (var confs = Files.newDirectoryStream(Path.of("/etc/ld.so.conf.d"), "*.conf")) {
            for (Path conf : confs) {
                Files.readAllLines(conf).stream().map(String::strip).filter(l -> l.startsWith("/")).forEach(dirs::add);
            }
        } catch (IOException | RuntimeException e) {
            // no loader configuration to read: the usual folders remain
        }
        dirs.addAll(STANDARD_DIRS);
        return dirs;
    }
}
