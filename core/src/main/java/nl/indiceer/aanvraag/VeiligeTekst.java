package nl.indiceer.aanvraag;

/**
 * Text from the request (a motivation, a name, an omschrijving, an id) made safe to print on one line of
 * a terminal or a text file: it can never start a line of its own, move the cursor, recolour the screen
 * or reverse what follows it. Used at the edge, by every renderer of text output; the request and the
 * JSON output keep the text as it was given.
 *
 * <ul>
 *   <li>line breaks and tabs (LF, CR, CRLF, VT, FF, NEL, U+2028, U+2029, TAB) become one space;</li>
 *   <li>every other C0 control and DEL becomes its visible picture (ESC → ␛, NUL → ␀, DEL → ␡);</li>
 *   <li>C1 controls (U+0080–U+009F), bidirectional overrides, embeddings, isolates and marks, and
 *       unpaired surrogates become �.</li>
 * </ul>
 */
public final class VeiligeTekst {

    private static final char VERVANGING = '\uFFFD';

    private VeiligeTekst() {
    }

    /** The text safe for one line of text output; null stays null. Returns the same string if nothing changes. */
    public static String schoon(String tekst) {
        if (tekst == null) {
            return null;
        }
        int eerste = 0;
        while (eerste < tekst.length() && veilig(tekst, eerste)) {
            eerste += Character.isHighSurrogate(tekst.charAt(eerste)) ? 2 : 1;
        }
        if (eerste == tekst.length()) {
            return tekst;
        }
        StringBuilder s = new StringBuilder(tekst.length() + 8).append(tekst, 0, eerste);
        for (int i = eerste; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (veilig(tekst, i)) {
                s.append(c);
                if (Character.isHighSurrogate(c)) {
                    s.append(tekst.charAt(++i));
                }
            } else if (c == '\r' && i + 1 < tekst.length() && tekst.charAt(i + 1) == '\n') {
                continue; // CRLF is one line break: one space, given by the LF
            } else if (regelscheiding(c)) {
                s.append(' ');
            } else if (c < 0x20) {
                s.append((char) (0x2400 + c));
            } else if (c == 0x7F) {
                s.append('\u2421');
            } else {
                s.append(VERVANGING);
            }
        }
        return s.toString();
    }

    /**
     * Whether the text has anything a reader can see: not only spaces (also the no-break and other
     * Unicode spaces), controls, zero-width or other format characters (U+200B, U+FEFF, bidi marks),
     * combining marks without a letter, or the blank look-alikes (U+2800, U+3164, U+115F, U+1160, U+FFA0).
     */
    public static boolean heeftInhoud(String tekst) {
        if (tekst == null) {
            return false;
        }
        for (int i = 0; i < tekst.length(); ) {
            int cp = tekst.codePointAt(i);
            i += Character.charCount(cp);
            if (!onzichtbaar(cp)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onzichtbaar(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                    Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE:
                return true;
            default:
                break;
        }
        return cp == 0x2800 || cp == 0x3164 || cp == 0x115F || cp == 0x1160 || cp == 0xFFA0 || cp == 0x034F
                || cp == 0x180E || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** True for a char (or a well-formed surrogate pair starting at i) that may be printed as it is. */
    private static boolean veilig(String tekst, int i) {
        char c = tekst.charAt(i);
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return false;
        }
        if (c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029') {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < tekst.length() && Character.isLowSurrogate(tekst.charAt(i + 1));
        }
        return !Character.isLowSurrogate(c);
    }

    private static boolean regelscheiding(char c) {
        return c == '\n' || c == '\r' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u0085'
                || c == '\u2028' || c == '\u2029';
    }
}
