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

    /**
     * Parses YAML text into a node tree (duplicate keys refused). Returns null and adds one problem
     * when the text is not valid YAML or empty, so the caller can throw its own exception.
     */
    public static Node compose(java.io.Reader reader, String bestand, List<Probleem> problemen) {
        Node root;
        try {
            org.yaml.snakeyaml.LoaderOptions opties = new org.yaml.snakeyaml.LoaderOptions();
            opties.setAllowDuplicateKeys(false);
            root = new org.yaml.snakeyaml.Yaml(opties).compose(reader);
        } catch (org.yaml.snakeyaml.error.MarkedYAMLException e) {
            int regel = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problemen.add(new Probleem(bestand, regel, "(yaml)", "geen geldige YAML: " + e.getProblem()));
            return null;
        }
        if (root == null) {
            problemen.add(new Probleem(bestand, 1, "(bestand)", "is leeg"));
        }
        return root;
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
        return s.getValue().trim();
    }

    public BigDecimal getal(String sleutel, boolean verplicht) {
        String t = tekst(sleutel, verplicht);
        if (t == null) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            fout(sleutel, "moet een getal zijn (met een punt als decimaalteken), niet '" + t + "'");
            return null;
        }
    }

    public BigDecimal positiefGetal(String sleutel, boolean verplicht) {
        BigDecimal g = getal(sleutel, verplicht);
        if (g != null && g.signum() <= 0) {
            fout(sleutel, "moet groter dan 0 zijn, niet " + g.toPlainString());
            return null;
        }
        return g;
    }

    /** A required positive number, or a fraction such as 52/12 (kept to 16 digits, so not cut to 4,3333). */
    public BigDecimal breuk(String sleutel) {
        String t = tekst(sleutel, true);
        if (t == null || !t.contains("/")) {
            return positiefGetal(sleutel, true);
        }
        String[] delen = t.split("/");
        try {
            if (delen.length != 2) {
                throw new NumberFormatException();
            }
            BigDecimal teller = new BigDecimal(delen[0].trim());
            BigDecimal noemer = new BigDecimal(delen[1].trim());
            if (teller.signum() <= 0 || noemer.signum() <= 0) {
                throw new NumberFormatException();
            }
            return teller.divide(noemer, java.math.MathContext.DECIMAL64);
        } catch (RuntimeException e) {
            fout(sleutel, "moet een getal of een breuk van twee positieve getallen zijn (bijv. 52/12), niet '" + t + "'");
            return null;
        }
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
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            fout(sleutel, "moet een datum JJJJ-MM-DD zijn, niet '" + t + "'");
            return null;
        }
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
