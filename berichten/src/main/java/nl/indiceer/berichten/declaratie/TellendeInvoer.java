package nl.indiceer.berichten.declaratie;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that reports every byte it hands on, so a reader can stop at a size limit or move a progress bar
 * while the bytes stream through (skipped bytes are not counted: the readers here never skip).
 */
public abstract class TellendeInvoer extends FilterInputStream {

    protected TellendeInvoer(InputStream in) {
        super(in);
    }

    /** Called with the number of bytes just read; may refuse to go on by throwing. */
    protected abstract void tel(long n) throws IOException;

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            tel(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            tel(n);
        }
        return n;
    }
}
