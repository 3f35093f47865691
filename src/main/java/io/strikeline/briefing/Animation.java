package io.strikeline.briefing;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;

/** Frames written one at a time, so a long playback never sits in memory whole. */
public interface Animation extends Closeable {

    void add(BufferedImage frame) throws IOException;

    /** Finishes the file; an animation not closed is not complete. */
    @Override
    void close() throws IOException;
}
