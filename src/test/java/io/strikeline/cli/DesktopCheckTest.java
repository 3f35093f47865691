package io.strikeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 11.2: on a bare machine the viewer names the packages to install instead of failing inside JavaFX. */
class DesktopCheckTest {

    @Test
    void aBareMachineWithADisplayIsToldWhichPackagesToInstall() {
        String message = DesktopCheck.problem(Map.of("DISPLAY", ":0"), library -> false).orElseThrow();
        assertThat(message).contains("sudo apt-get install libgtk-3-0 libgl1 libxtst6 libxxf86vm1")
                .contains("strikeline snapshot").contains("strikeline export").doesNotContain("no display");
    }

    @Test
    void onlyTheMissingPackagesAreNamed() {
        String message = DesktopCheck.problem(Map.of("DISPLAY", ":0"), library -> !library.equals("libXtst.so.6"))
                .orElseThrow();
        assertThat(message).contains("sudo apt-get install libxtst6").doesNotContain("libgtk-3-0");
    }

    @Test
    void noDisplayIsSaidPlainlyWithTheCommandsThatNeedNone() {
        String message = DesktopCheck.problem(Map.of(), library -> true).orElseThrow();
        assertThat(message).contains("there is no display").contains("strikeline snapshot").doesNotContain("apt-get");
    }

    @Test
    void noDisplayAndNoLibrariesNamesBoth() {
        String message = DesktopCheck.problem(Map.of(), library -> false).orElseThrow();
        assertThat(message).contains("there is no display").contains("apt-get install libgtk-3-0");
    }

    @Test
    void aDesktopWithTheLibrariesStartsTheViewer() {
        assertThat(DesktopCheck.problem(Map.of("WAYLAND_DISPLAY", "wayland-0"), library -> true)).isEmpty();
    }
}
