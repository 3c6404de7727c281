package nl.indiceer.web.sturing;

import java.util.List;

/**
 * A table as CSV (RFC 4180: comma separated, CRLF, quotes around a cell that needs them), with a header row. A cell
 * starting with = + - @ (or a tab or carriage return) would be a formula in a spreadsheet (CSV injection): it gets a
 * leading apostrophe, so that it is shown as text. Amounts are written with a point and without thousands separators.
 */
public final class Csv {

    private Csv() {
    }

    public static String van(List<String> kop, List<List<String>> rijen) {
        StringBuilder s = new StringBuilder();
        rij(s, kop);
        rijen.forEach(r -> rij(s, r));
        return s.toString();
    }

    private static void rij(StringBuilder s, List<String> cellen) {
        for (int i = 0; i < cellen.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(cel(cellen.get(i)));
        }
        s.append("\r\n");
    }

    static String cel(String waarde) {
        if (waarde == null || waarde.isEmpty()) {
            return "";
        }
        String w = waarde;
        char eerste = w.charAt(0);
        if (eerste == '=' || eerste == '+' || eerste == '-' || eerste == '@' || eerste == '\t' || eerste == '\r') {
            w = "'" + w;
        }
        if (w.indexOf(',') >= 0 || w.indexOf('"') >= 0 || w.indexOf('\n') >= 0 || w.indexOf('\r') >= 0) {
            w = "\"" + w.replace("\"", "\"\"") + "\"";
        }
        return w;
    }
}
