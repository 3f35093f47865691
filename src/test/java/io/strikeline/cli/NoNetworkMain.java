package io.strikeline.cli;

import io.strikeline.ui.app.Snapshot;
import io.strikeline.ui.app.StrikelineApp;
import java.net.SocketPermission;
import java.net.URLPermission;
import java.nio.file.Path;
import java.security.Permission;
import java.util.Arrays;

/**
 * The child process of {@link NoNetworkTest}: runs one command of the program under a security manager that
 * refuses, and reports on stderr, every socket (connect, listen, accept, name lookup) and URL fetch.
 * {@code NoNetworkMain view DB SECONDS} shows the viewer on the headless platform for some seconds;
 * anything else is a command line for {@link Main}. Exit code 3 when anything reached for the network.
 */
public final class NoNetworkMain {

    private static volatile boolean reached;

    private NoNetworkMain() {}

    @SuppressWarnings("removal") // the only way to see every socket a JVM opens, NIO included, on Java 17
    public static void main(String[] args) throws Exception {
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission perm) {
                if (perm instanceof SocketPermission || perm instanceof URLPermission) {
                    reached = true;
                    System.err.println("NETWORK: " + perm.getName() + " " + perm.getActions());
                    throw new SecurityException("no network: " + perm);
                }
            }

            @Override
            public void checkPermission(Permission perm, Object context) {
                checkPermission(perm);
            }
        });
        int code;
        if (args[0].equals("view")) {
            Snapshot.useHeadlessPlatform(1440, 900);
            Thread viewer = new Thread(() -> StrikelineApp.launch(Path.of(args[1]), true), "viewer");
            viewer.setDaemon(true);
            viewer.start();
            Thread.sleep(Long.parseLong(args[2]) * 1000);
            code = viewer.isAlive() ? 0 : 4;
        } else {
            code = Main.run(Arrays.copyOf(args, args.length));
        }
        System.exit(reached ? 3 : code);
    }
}
