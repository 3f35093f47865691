package io.strikeline.briefing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.jcodec.api.awt.AWTSequenceEncoder;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.Rational;

/** H.264 in MP4 through JCodec (pure Java). H.264 wants even sizes, so an odd last row or column is cropped. */
public final class Mp4Animation implements Animation {

    private final SeekableByteChannel channel;
    private final AWTSequenceEncoder encoder;

    public Mp4Animation(Path file, int framesPerSecond) throws IOException {
        channel = NIOUtils.writableChannel(file.toFile());
        encoder = new AWTSequenceEncoder(channel, Rational.R(framesPerSecond, 1));
    }

    @Override
    public void add(BufferedImage frame) throws IOException {
        int w = frame.getWidth() & ~1;
        int h = frame.getHeight() & ~1;
        BufferedImage even = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        even.createGraphics().drawImage(frame, 0, 0, null);
        encoder.encodeImage(even);
    }

    @Override
    public void close() throws IOException {
        try {
            encoder.finish();
        } finally {
            NIOUtils.closeQuietly(channel);
        }
    }
}
