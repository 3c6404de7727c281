package nl.indiceer.berichten.xml;

/**
 * Text from a message or a parser put into a message for a person: control characters removed and shortened, so a
 * hostile message cannot write terminal escapes or pages of text into a rejection.
 */
final class Meldingtekst {

    private static final int MAXIMUM = 200;

    private Meldingtekst() {
    }

    static String schoon(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.SURROGATE ? ' ' : c));
        String t = b.toString().strip();
        return t.length() > MAXIMUM ? t.substring(0, MAXIMUM) + "…" : t;
    }
}
