package nl.indiceer.toetsing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.indiceer.regeling.Financiering;
import nl.indiceer.regeling.Periode;
import nl.indiceer.volume.Getal;
import nl.indiceer.volume.Volumeopbouw;

/**
 * Renders a finding's Dutch text from its code's template and its parameters. Pure and thread-safe; the
 * templates are parsed once. A template that names a parameter the finding lacks is a programming error
 * and fails loudly (the scenario tests render every finding they meet).
 */
public final class Bevindingtekst {

    private static final Map<Bevindingcode, List<Deel>> SJABLONEN = new EnumMap<>(Bevindingcode.class);

    static {
        for (Bevindingcode c : Bevindingcode.values()) {
            SJABLONEN.put(c, new Parser(c.sjabloon()).delen(false));
        }
    }

    private Bevindingtekst() {
    }

    public static String tekst(Bevinding b) {
        StringBuilder s = new StringBuilder();
        schrijf(SJABLONEN.get(b.code()), b, s);
        return s.toString();
    }

    /** The parameter names a template uses, for the catalogue's own test. */
    public static List<String> parameternamen(Bevindingcode code) {
        List<String> namen = new ArrayList<>();
        verzamel(SJABLONEN.get(code), namen);
        return namen;
    }

    /** One value as the consultant reads it. */
    public static String waarde(Object w) {
        if (w instanceof BigDecimal g) {
            return Getal.nl(g);
        }
        if (w instanceof Hoeveelheid h) {
            return Volumeopbouw.hoeveelheid(h.waarde(), h.eenheid());
        }
        if (w instanceof Periode p) {
            return p.omschrijving();
        }
        if (w instanceof Financiering f) {
            return f.omschrijving();
        }
        if (w instanceof nl.indiceer.regeling.Eenheid e) {
            return e.woord(true);
        }
        if (w instanceof Betrokkene b) {
            return (b.regel() != null ? "regel " + (b.regel() + 1)
                    : "lopende toewijzing" + (b.toewijzing() == null ? "" : " " + b.toewijzing())) + " (" + b.product() + ")";
        }
        if (w instanceof Collection<?> c) {
            return String.join(", ", c.stream().map(Bevindingtekst::waarde).toList());
        }
        return String.valueOf(w);
    }

    private sealed interface Deel permits Letterlijk, Parameter, Keuze {
    }

    private record Letterlijk(String tekst) implements Deel {
    }

    private record Parameter(String naam, String scheiding) implements Deel {
    }

    private record Keuze(String naam, List<Deel> ja, List<Deel> nee) implements Deel {
    }

    private static void schrijf(List<Deel> delen, Bevinding b, StringBuilder s) {
        for (Deel d : delen) {
            if (d instanceof Letterlijk l) {
                s.append(l.tekst());
            } else if (d instanceof Parameter p) {
                Object w = b.parameters().get(p.naam());
                if (w == null) {
                    throw new IllegalStateException(b.code() + " mist parameter '" + p.naam() + "'");
                }
                s.append(p.scheiding() != null && w instanceof Collection<?> c
                        ? String.join(p.scheiding(), c.stream().map(Bevindingtekst::waarde).toList()) : waarde(w));
            } else if (d instanceof Keuze k) {
                schrijf(aanwezig(b.parameters().get(k.naam())) ? k.ja() : k.nee(), b, s);
            }
        }
    }

    private static boolean aanwezig(Object w) {
        return w != null && !Boolean.FALSE.equals(w) && !(w instanceof String t && t.isEmpty())
                && !(w instanceof Collection<?> c && c.isEmpty());
    }

    private static void verzamel(List<Deel> delen, List<String> namen) {
        for (Deel d : delen) {
            if (d instanceof Parameter p && !namen.contains(p.naam())) {
                namen.add(p.naam());
            } else if (d instanceof Keuze k) {
                if (!namen.contains(k.naam())) {
                    namen.add(k.naam());
                }
                verzamel(k.ja(), namen);
                verzamel(k.nee(), namen);
            }
        }
    }

    /** {naam}, {naam* of } and {naam?ja|nee}, nested as deep as needed. */
    private static final class Parser {
        private final String t;
        private int i;

        Parser(String t) {
            this.t = t;
        }

        List<Deel> delen(boolean genest) {
            List<Deel> uit = new ArrayList<>();
            StringBuilder letterlijk = new StringBuilder();
            while (i < t.length()) {
                char c = t.charAt(i);
                if (genest && (c == '|' || c == '}')) {
                    break;
                }
                if (c == '{') {
                    if (!letterlijk.isEmpty()) {
                        uit.add(new Letterlijk(letterlijk.toString()));
                        letterlijk.setLength(0);
                    }
                    i++;
                    uit.add(placeholder());
                } else {
                    letterlijk.append(c);
                    i++;
                }
            }
            if (!letterlijk.isEmpty()) {
                uit.add(new Letterlijk(letterlijk.toString()));
            }
            return uit;
        }

        private Deel placeholder() {
            int start = i;
            while (i < t.length() && Character.isLetterOrDigit(t.charAt(i))) {
                i++;
            }
            String naam = t.substring(start, i);
            if (naam.isEmpty() || i >= t.length()) {
                throw new IllegalArgumentException("ongeldig sjabloon bij positie " + start + ": " + t);
            }
            char c = t.charAt(i++);
            if (c == '}') {
                return new Parameter(naam, null);
            }
            if (c == '*') {
                int eind = t.indexOf('}', i);
                String scheiding = t.substring(i, eind);
                i = eind + 1;
                return new Parameter(naam, scheiding);
            }
            if (c == '?') {
                List<Deel> ja = delen(true);
                verwacht('|');
                List<Deel> nee = delen(true);
                verwacht('}');
                return new Keuze(naam, ja, nee);
            }
            throw new IllegalArgumentException("ongeldig sjabloon bij positie " + i + ": " + t);
        }

        private void verwacht(char c) {
            if (i >= t.length() || t.charAt(i) != c) {
                throw new IllegalArgumentException("'" + c + "' verwacht bij positie " + i + ": " + t);
            }
            i++;
        }
    }
}
