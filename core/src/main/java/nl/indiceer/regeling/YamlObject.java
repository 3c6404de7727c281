package nl.indiceer.regeling;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one YAML mapping field by field, remembering which keys were read, so that every key
 * nobody asked for can be reported as unknown. Problems are collected, not thrown, so one run
 * reports everything wrong in a file. Scalars are read from their text: "74.81" becomes exactly
 * 74.81, never a floating-point approximation.
 */
public final class YamlObject {

    private final String bestand;
    private final String pad;
    private final Node node;
    private final List<Probleem> problemen;
    private final Set<String> gelezen = new HashSet<>();

    public YamlObject(String bestand, String pad, Node node, List<Probleem> problemen) {
        this.bestand = bestand;
        this.pad = pad;
        this.node = node;
        this.problemen = problemen;
        if (!(node instanceof MappingNode)) {
            fout(node, pad, "moet een mapping (sleutel: waarde) zijn");
        }
        if (node instanceof MappingNode map) {
            // SnakeYAML's compose() does not enforce unique keys; a repeated key would silently lose a value
            Set<String> gezien = new HashSet<>();
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && !gezien.add(k.getValue())) {
                    fout(k, veldPad(k.getValue()), "staat er twee keer in");
                }
            }
        }
    }

    /** A rulebook or normenkader file may hold at most this many bytes (2 MiB; the largest shipped one is 175 kB). */
    public static final int MAXIMALE_BESTANDSGROOTTE = 2 * 1024 * 1024;
    /** Mappings and lists may be nested at most this deep (the shipped files use 7). */
    public static final int MAXIMALE_DIEPTE = 20;
    /** A file may hold at most this many YAML nodes (values, lists, mappings; Noord-Limburg has about 7 000). */
    public static final int MAXIMAAL_AANTAL_KNOPEN = 100_000;

    /**
     * Parses the bytes of a file into a node tree. The bytes must be UTF-8 without a byte order mark,
     * at most {@link #MAXIMALE_BESTANDSGROOTTE} long; the YAML may not use anchors or aliases
     * ({@code &a}, {@code *a}), tags ({@code !evil}, {@code !!binary}), more than one document, repeated
     * keys, or nesting deeper than {@link #MAXIMALE_DIEPTE}. Returns null and adds the problem (with the
     * line where known) when any of this fails or the file is empty, so the caller can throw its own
     * exception; never throws for bad input.
     */
    public static Node compose(byte[] inhoud, String bestand, List<Probleem> problemen) {
        String tekst = decodeer(inhoud, bestand, problemen);
        return tekst == null ? null : compose(tekst, bestand, problemen);
    }

    /** As {@link #compose(byte[], String, List)}, for text that is already decoded. */
    public static Node compose(String tekst, String bestand, List<Probleem> problemen) {
        if (tekst.length() > MAXIMALE_BESTANDSGROOTTE) {
            problemen.add(new Probleem(bestand, 0, "(bestand)", "is te groot (" + tekst.length()
                    + " tekens); een bestand mag ten hoogste " + MAXIMALE_BESTANDSGROOTTE + " bytes zijn"));
            return null;
        }
        try {
            if (!alleenGewoneYaml(tekst, bestand, problemen)) {
                return null;
            }
            Node root = new org.yaml.snakeyaml.Yaml(opties()).compose(new java.io.StringReader(tekst));
            if (root == null) {
                problemen.add(new Probleem(bestand, 1, "(bestand)", "is leeg"));
            }
            return root;
        } catch (org.yaml.snakeyaml.error.MarkedYAMLException e) {
            int regel = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problemen.add(new Probleem(bestand, regel, "(yaml)", "geen geldige YAML: " + e.getProblem()));
        } catch (org.yaml.snakeyaml.reader.ReaderException e) {
            problemen.add(new Probleem(bestand, regelVanTeken(tekst, e.getPosition()), "(bestand)",
                    "bevat een teken dat in YAML niet mag (U+" + String.format("%04X", e.getCodePoint())
                            + "); verwijder het of zet de tekst tussen aanhalingstekens"));
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            // any other refusal of the YAML library (a limit); say so in Dutch, keep its detail
            problemen.add(new Probleem(bestand, 0, "(yaml)", "kan niet gelezen worden als YAML (" + e.getMessage() + ")"));
        }
        return null;
    }

    /** Old entry point: reads the text, then as {@link #compose(String, String, List)}. */
    public static Node compose(java.io.Reader reader, String bestand, List<Probleem> problemen) {
        StringBuilder s = new StringBuilder();
        char[] buf = new char[8192];
        try {
            for (int n; (n = reader.read(buf)) > 0; ) {
                s.append(buf, 0, n);
                if (s.length() > MAXIMALE_BESTANDSGROOTTE) {
                    break;
                }
            }
        } catch (java.io.IOException e) {
            problemen.add(new Probleem(bestand, 0, "(bestand)", "kan niet gelezen worden: " + e.getMessage()));
            return null;
        }
        return compose(s.toString(), bestand, problemen);
    }

    private static org.yaml.snakeyaml.LoaderOptions opties() {
        org.yaml.snakeyaml.LoaderOptions opties = new org.yaml.snakeyaml.LoaderOptions();
        opties.setAllowDuplicateKeys(false);
        // defence in depth: alleenGewoneYaml() already refused all of this with a line number
        opties.setMaxAliasesForCollections(0);
        opties.setAllowRecursiveKeys(false);
        opties.setNestingDepthLimit(MAXIMALE_DIEPTE + 1);
        opties.setCodePointLimit(MAXIMALE_BESTANDSGROOTTE);
        opties.setMergeOnCompose(false);
        opties.setTagInspector(tag -> false);
        return opties;
    }

    /**
     * One pass over the parser's events, before any node is built: refuses anchors, aliases (so no
     * "billion laughs"), explicit tags, too deep nesting and too many nodes, each with its line.
     */
    private static boolean alleenGewoneYaml(String tekst, String bestand, List<Probleem> problemen) {
        int diepte = 0;
        int knopen = 0;
        int documenten = 0;
        for (org.yaml.snakeyaml.events.Event e : new org.yaml.snakeyaml.Yaml(opties()).parse(new java.io.StringReader(tekst))) {
            int regel = e.getStartMark() == null ? 0 : e.getStartMark().getLine() + 1;
            String fout = null;
            if (e instanceof org.yaml.snakeyaml.events.DocumentStartEvent && ++documenten > 1) {
                fout = "bevat meer dan één YAML-document (---); één bestand is één regeling";
            } else if (e instanceof org.yaml.snakeyaml.events.AliasEvent) {
                fout = "verwijzingen (*naam) zijn niet toegestaan; schrijf de waarde voluit";
            } else if (e instanceof org.yaml.snakeyaml.events.NodeEvent n && n.getAnchor() != null) {
                fout = "ankers (&" + n.getAnchor() + ") zijn niet toegestaan; schrijf de waarde voluit";
            } else if (e instanceof org.yaml.snakeyaml.events.ScalarEvent s && s.getTag() != null
                    || e instanceof org.yaml.snakeyaml.events.CollectionStartEvent c && c.getTag() != null) {
                String tag = e instanceof org.yaml.snakeyaml.events.ScalarEvent s ? s.getTag()
                        : ((org.yaml.snakeyaml.events.CollectionStartEvent) e).getTag();
                fout = "tags zoals '" + tag.replace("tag:yaml.org,2002:", "!!") + "' zijn niet toegestaan; "
                        + "schrijf een gewone waarde (tekst eventueel tussen aanhalingstekens)";
            } else if (e instanceof org.yaml.snakeyaml.events.CollectionStartEvent && ++diepte > MAXIMALE_DIEPTE) {
                fout = "is te diep genest (meer dan " + MAXIMALE_DIEPTE + " niveaus)";
            } else if (e instanceof org.yaml.snakeyaml.events.CollectionEndEvent) {
                diepte--;
            }
            if (fout == null && e instanceof org.yaml.snakeyaml.events.NodeEvent && ++knopen > MAXIMAAL_AANTAL_KNOPEN) {
                fout = "bevat te veel waarden (meer dan " + MAXIMAAL_AANTAL_KNOPEN + ")";
            }
            if (fout != null) {
                problemen.add(new Probleem(bestand, regel, "(yaml)", fout));
                return false;
            }
        }
        return true;
    }

    /**
     * Decodes strict UTF-8: a byte order mark, UTF-16/32 or an invalid byte sequence is a problem naming
     * the line, never a replacement character or an internal error.
     */
    public static String decodeer(byte[] inhoud, String bestand, List<Probleem> problemen) {
        if (inhoud.length > MAXIMALE_BESTANDSGROOTTE) {
            problemen.add(new Probleem(bestand, 0, "(bestand)", "is te groot (" + inhoud.length
                    + " bytes); een bestand mag ten hoogste " + MAXIMALE_BESTANDSGROOTTE + " bytes zijn"));
            return null;
        }
        String uitleg = "; sla het bestand op als UTF-8 (zonder BOM)";
        if (inhoud.length >= 3 && (inhoud[0] & 0xFF) == 0xEF && (inhoud[1] & 0xFF) == 0xBB && (inhoud[2] & 0xFF) == 0xBF) {
            problemen.add(new Probleem(bestand, 1, "(bestand)", "begint met een byte order mark (BOM)" + uitleg));
            return null;
        }
        if (inhoud.length >= 2 && ((inhoud[0] & 0xFF) == 0xFE && (inhoud[1] & 0xFF) == 0xFF
                || (inhoud[0] & 0xFF) == 0xFF && (inhoud[1] & 0xFF) == 0xFE)) {
            problemen.add(new Probleem(bestand, 1, "(bestand)", "is UTF-16 of UTF-32, geen UTF-8" + uitleg));
            return null;
        }
        for (int i = 0; i < inhoud.length; i++) {
            if (inhoud[i] == 0) {
                problemen.add(new Probleem(bestand, regelVanByte(inhoud, i), "(bestand)",
                        "bevat een nul-byte (byte " + (i + 1) + "): het is geen UTF-8-tekst (misschien UTF-16)" + uitleg));
                return null;
            }
        }
        java.nio.charset.CharsetDecoder d = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(inhoud);
        java.nio.CharBuffer uit = java.nio.CharBuffer.allocate(inhoud.length + 1);
        java.nio.charset.CoderResult r = d.decode(in, uit, true);
        if (!r.isError()) {
            r = d.flush(uit);
        }
        if (r.isError()) {
            problemen.add(new Probleem(bestand, regelVanByte(inhoud, in.position()), "(bestand)",
                    "is geen geldige UTF-8 (byte " + (in.position() + 1) + ")" + uitleg));
            return null;
        }
        return uit.flip().toString();
    }

    private static int regelVanByte(byte[] inhoud, int positie) {
        int regel = 1;
        for (int i = 0; i < positie && i < inhoud.length; i++) {
            if (inhoud[i] == '\n') {
                regel++;
            }
        }
        return regel;
    }

    /** The line of a code point offset (SnakeYAML's reader counts code points). */
    private static int regelVanTeken(String tekst, int codepunt) {
        int regel = 1;
        int i = 0;
        for (int n = 0; i < tekst.length() && n < codepunt; n++) {
            if (tekst.charAt(i) == '\n') {
                regel++;
            }
            i += Character.charCount(tekst.codePointAt(i));
        }
        return regel;
    }

    public int regel() {
        return node.getStartMark().getLine() + 1;
    }

    public String pad() {
        return pad;
    }

    public String veldPad(String sleutel) {
        return pad.isEmpty() ? sleutel : pad + "." + sleutel;
    }

    public void fout(Node waar, String veld, String melding) {
        problemen.add(new Probleem(bestand, waar.getStartMark().getLine() + 1, veld, melding));
    }

    public void fout(String sleutel, String melding) {
        Node waarde = waarde(sleutel);
        fout(waarde == null ? node : waarde, veldPad(sleutel), melding);
    }

    public Node waarde(String sleutel) {
        gelezen.add(sleutel);
        if (!(node instanceof MappingNode map)) {
            return null;
        }
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(sleutel)) {
                Node v = t.getValueNode();
                if (v instanceof ScalarNode s && isNull(s)) {
                    return null;
                }
                return v;
            }
        }
        return null;
    }

    private static boolean isNull(ScalarNode s) {
        return s.getTag().getValue().endsWith(":null") || s.getValue().equals("~")
                || (s.getValue().isEmpty() && s.getScalarStyle().getChar() == null);
    }

    public boolean heeft(String sleutel) {
        return waarde(sleutel) != null;
    }

    public String tekst(String sleutel, boolean verplicht) {
        Node v = waarde(sleutel);
        if (v == null) {
            if (verplicht) {
                fout(node, veldPad(sleutel), "ontbreekt");
            }
            return null;
        }
        if (!(v instanceof ScalarNode s)) {
            fout(v, veldPad(sleutel), "moet een enkele waarde zijn");
            return null;
        }
        if (s.getValue().isBlank()) {
            fout(v, veldPad(sleutel), "mag niet leeg zijn");
            return null;
        }
        String stuurteken = stuurteken(s.getValue());
        if (stuurteken != null) {
            fout(v, veldPad(sleutel), "bevat het stuurteken " + stuurteken + " (ook als escape zoals \\e of \\u202E); "
                    + "een regeling bevat alleen leesbare tekst");
            return null;
        }
        return s.getValue().trim();
    }

    /**
     * The first control or direction-changing character in a text, as U+XXXX, or null. Line breaks and tabs
     * may occur in a multi-line remark; escape codes (\e), other controls and bidi overrides could forge or hide
     * output lines, so they are refused even when written as a YAML escape.
     */
    static String stuurteken(String tekst) {
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            boolean stuur = (Character.isISOControl(c) && c != '\n' && c != '\t')
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029';
            if (stuur) {
                return String.format("U+%04X", (int) c);
            }
        }
        return null;
    }

    /** No number in a rulebook or normenkader is larger than this (in absolute value): 10 000 000. */
    public static final BigDecimal GROOTSTE_GETAL = new BigDecimal("10000000");
    /** No number has more decimals than this (amounts: 2). */
    public static final int MEESTE_DECIMALEN = 6;
    private static final int LANGSTE_GETAL = 40;
    /** Dates lie in this range (inclusive). */
    public static final LocalDate VROEGSTE_DATUM = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAATSTE_DATUM = LocalDate.of(2200, 12, 31);

    /**
     * A number written with a decimal point, at most {@link #GROOTSTE_GETAL} in absolute value and with at most
     * {@link #MEESTE_DECIMALEN} decimals: {@code 1e999999999} or {@code 1e-999999999} are refused here, so
     * nothing downstream ever computes with them.
     */
    public BigDecimal getal(String sleutel, boolean verplicht) {
        String t = tekst(sleutel, verplicht);
        if (t == null) {
            return null;
        }
        String fout = getalFout(t);
        if (fout != null) {
            fout(sleutel, fout);
            return null;
        }
        return new BigDecimal(t);
    }

    /** Why a text is not an acceptable number, or null when it is one. */
    private static String getalFout(String t) {
        BigDecimal g;
        try {
            if (t.length() > LANGSTE_GETAL) {
                throw new NumberFormatException();
            }
            g = new BigDecimal(t);
        } catch (NumberFormatException e) {
            return "moet een getal zijn (met een punt als decimaalteken), niet '" + kort(t) + "'";
        }
        if (g.abs().compareTo(GROOTSTE_GETAL) > 0) {
            return "is te groot: ten hoogste 10000000 (tien miljoen), niet '" + t + "'";
        }
        if (g.signum() != 0 && g.stripTrailingZeros().scale() > MEESTE_DECIMALEN) {
            return "heeft te veel decimalen: ten hoogste " + MEESTE_DECIMALEN + ", niet '" + t + "'";
        }
        return null;
    }

    private static String kort(String t) {
        return t.length() <= LANGSTE_GETAL ? t : t.substring(0, LANGSTE_GETAL) + "…";
    }

    public BigDecimal positiefGetal(String sleutel, boolean verplicht) {
        BigDecimal g = getal(sleutel, verplicht);
        if (g != null && g.signum() <= 0) {
            fout(sleutel, "moet groter dan 0 zijn, niet " + g.toPlainString());
            return null;
        }
        return g;
    }

    /**
     * A number within [min, max] (both inclusive), or null with a problem. The value may be a
     * fraction such as 52/12 when {@code breukToegestaan}.
     */
    public BigDecimal getalTussen(String sleutel, boolean verplicht, boolean breukToegestaan, String min, String max) {
        BigDecimal g = breukToegestaan ? breuk(sleutel, verplicht) : getal(sleutel, verplicht);
        if (g != null && (g.compareTo(new BigDecimal(min)) < 0 || g.compareTo(new BigDecimal(max)) > 0)) {
            fout(sleutel, "moet tussen " + min + " en " + max + " liggen (grenzen inbegrepen), niet " + tekst(sleutel, false));
            return null;
        }
        return g;
    }

    /** A required positive number, or a fraction such as 52/12 (kept to 16 digits, so not cut to 4,3333). */
    public BigDecimal breuk(String sleutel) {
        return breuk(sleutel, true);
    }

    /** A positive number, or a fraction of two positive numbers such as 52/12 (kept to 16 digits). */
    public BigDecimal breuk(String sleutel, boolean verplicht) {
        String t = tekst(sleutel, verplicht);
        if (t == null || !t.contains("/")) {
            return positiefGetal(sleutel, verplicht);
        }
        String[] delen = t.split("/", -1);
        String uitleg = "moet een getal of een breuk van twee positieve getallen zijn (bijv. 52/12), niet '" + kort(t) + "'";
        if (delen.length != 2 || delen[0].isBlank() || delen[1].isBlank()) {
            fout(sleutel, uitleg);
            return null;
        }
        for (String deel : delen) {
            String fout = getalFout(deel.trim());
            if (fout != null) {
                fout(sleutel, "teller of noemer " + fout);
                return null;
            }
        }
        BigDecimal teller = new BigDecimal(delen[0].trim());
        BigDecimal noemer = new BigDecimal(delen[1].trim());
        if (teller.signum() <= 0 || noemer.signum() <= 0) {
            fout(sleutel, uitleg);
            return null;
        }
        return teller.divide(noemer, java.math.MathContext.DECIMAL64);
    }

    public Integer geheel(String sleutel, boolean verplicht) {
        BigDecimal g = getal(sleutel, verplicht);
        if (g == null) {
            return null;
        }
        try {
            int i = g.intValueExact();
            if (i < 0) {
                fout(sleutel, "mag niet negatief zijn");
                return null;
            }
            return i;
        } catch (ArithmeticException e) {
            fout(sleutel, "moet een geheel getal zijn, niet " + g.toPlainString());
            return null;
        }
    }

    public LocalDate datum(String sleutel, boolean verplicht) {
        String t = tekst(sleutel, verplicht);
        if (t == null) {
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            fout(sleutel, "moet een datum JJJJ-MM-DD zijn, niet '" + kort(t) + "'");
            return null;
        }
        if (d.isBefore(VROEGSTE_DATUM) || d.isAfter(LAATSTE_DATUM)) {
            fout(sleutel, "moet tussen " + VROEGSTE_DATUM + " en " + LAATSTE_DATUM + " liggen, niet " + t);
            return null;
        }
        return d;
    }

    public Boolean jaNee(String sleutel, boolean verplicht) {
        String t = tekst(sleutel, verplicht);
        if (t == null) {
            return null;
        }
        return switch (t) {
            case "true", "ja", "yes" -> Boolean.TRUE;
            case "false", "nee", "no" -> Boolean.FALSE;
            default -> {
                fout(sleutel, "moet true of false zijn, niet '" + t + "'");
                yield null;
            }
        };
    }

    public <E> E keuze(String sleutel, boolean verplicht, Function<String, E> lees, String toegestaan) {
        String t = tekst(sleutel, verplicht);
        if (t == null) {
            return null;
        }
        E e = lees.apply(t);
        if (e == null) {
            fout(sleutel, "onbekende waarde '" + t + "'; toegestaan: " + toegestaan);
        }
        return e;
    }

    /** A list of mappings; absent means empty. */
    public List<YamlObject> objecten(String sleutel) {
        List<YamlObject> uit = new ArrayList<>();
        Node v = waarde(sleutel);
        if (v == null) {
            return uit;
        }
        if (!(v instanceof SequenceNode seq)) {
            fout(v, veldPad(sleutel), "moet een lijst zijn");
            return uit;
        }
        int i = 0;
        for (Node item : seq.getValue()) {
            uit.add(new YamlObject(bestand, veldPad(sleutel) + "[" + i++ + "]", item, problemen));
        }
        return uit;
    }

    public YamlObject object(String sleutel, boolean verplicht) {
        Node v = waarde(sleutel);
        if (v == null) {
            if (verplicht) {
                fout(node, veldPad(sleutel), "ontbreekt");
            }
            return null;
        }
        return new YamlObject(bestand, veldPad(sleutel), v, problemen);
    }

    /** A list of plain values; absent means empty. */
    public List<String> teksten(String sleutel) {
        List<String> uit = new ArrayList<>();
        Node v = waarde(sleutel);
        if (v == null) {
            return uit;
        }
        if (!(v instanceof SequenceNode seq)) {
            fout(v, veldPad(sleutel), "moet een lijst zijn");
            return uit;
        }
        int i = 0;
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                if (stuurteken(s.getValue()) != null) {
                    fout(s, veldPad(sleutel), "bevat het stuurteken " + stuurteken(s.getValue()));
                    continue;
                }
                uit.add(s.getValue().trim());
            } else {
                fout(item, veldPad(sleutel) + "[" + i + "]", "moet een enkele, niet-lege waarde zijn");
            }
            i++;
        }
        return uit;
    }

    public Node knoopZelf() {
        return node;
    }

    public Node knoop(String sleutel) {
        return waarde(sleutel);
    }

    /** Reports every key of this mapping that no reader asked for. Call after reading all fields. */
    public void controleerOnbekendeSleutels() {
        if (!(node instanceof MappingNode map)) {
            return;
        }
        for (NodeTuple t : map.getValue()) {
            String k = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            if (!gelezen.contains(k)) {
                fout(t.getKeyNode(), veldPad(k), "onbekend veld");
            }
        }
    }
}
