package nl.indiceer.web.aanvraag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.indiceer.normenkader.Factor;
import nl.indiceer.normenkader.Factorsoort;
import nl.indiceer.normenkader.Frequentie;
import nl.indiceer.normenkader.Norm;
import nl.indiceer.normenkader.Normenkader;
import nl.indiceer.normenkader.Normenkaders;
import nl.indiceer.normenkader.Normperiode;
import nl.indiceer.normenkader.Taak;
import nl.indiceer.regeling.Financiering;
import nl.indiceer.regeling.Gemeente;
import nl.indiceer.regeling.Periode;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Variant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import nl.indiceer.web.regeling.RegelingenInWerking;

/**
 * The choices of the request form, from what is loaded: the regions, the products of the region's rulebook in force
 * on the peildatum, the financing forms and periods a product allows, its variants, whether a line is Wmo (then the
 * normenkader task form is offered), the normenkaders, and the names of the user's municipalities. A value that is
 * no longer a choice (an aanvraag saved under another rulebook) is kept as an extra choice by the template, never
 * dropped: the engine then names it.
 */
@Component
public class Aanvraagkeuzes {

    /** A choice of a select: the value sent and the text shown. */
    public record Keuze(String waarde, String tekst) {
    }

    private final RegelingenInWerking regelingen;
    private final Normenkaders normenkaders;
    private final JdbcClient jdbc;

    public Aanvraagkeuzes(RegelingenInWerking regelingen, Normenkaders normenkaders, JdbcClient jdbc) {
        this.regelingen = regelingen;
        this.normenkaders = normenkaders;
        this.jdbc = jdbc;
    }

    public List<String> regios() {
        return regelingen.nu().regios();
    }

    /** The date as typed when it is one, else today (the choices of a form being filled in must not vanish). */
    public static LocalDate datum(String tekst) {
        if (tekst != null && !tekst.isBlank()) {
            try {
                return LocalDate.parse(tekst.strip());
            } catch (DateTimeParseException e) {
                // below
            }
        }
        return LocalDate.now();
    }

    /** The region's rulebook in force on the peildatum (today when it is not a date), or null. */
    public Regeling regeling(String regio, String peildatum) {
        if (regio == null || regio.isBlank() || regelingen.nu().regio(regio) == null) {
            return null;
        }
        return regelingen.nu().voor(regio, datum(peildatum));
    }

    /** The region whose rulebook in force today names this municipality (CBS code); else the first region. */
    public String regioVoorGemeente(String gemeentecode) {
        for (String regio : regelingen.nu().regios()) {
            Regeling r = regelingen.nu().voor(regio, LocalDate.now());
            if (r != null && r.gemeenten().stream().map(Gemeente::cbs).anyMatch(gemeentecode::equals)) {
                return regio;
            }
        }
        return regelingen.nu().regios().isEmpty() ? "" : regelingen.nu().regios().get(0);
    }

    public List<Keuze> producten(Regeling regeling) {
        List<Keuze> uit = new ArrayList<>();
        if (regeling != null) {
            for (Product p : regeling.producten()) {
                uit.add(new Keuze(p.code(), p.naam() + " (" + p.code() + ")"));
            }
        }
        return uit;
    }

    public Product product(Regeling regeling, String code) {
        return regeling == null || code == null || code.isBlank() ? null : regeling.product(code.strip());
    }

    /** The financing forms the product does not exclude; all of them without a product. */
    public List<Keuze> financieringen(Product product) {
        List<Keuze> uit = new ArrayList<>();
        for (Financiering f : Financiering.values()) {
            if (product == null || product.uitsluiting(f) == null) {
                uit.add(new Keuze(f.name(), f.omschrijving()));
            }
        }
        return uit;
    }

    /** The allocation periods the product allows; all of them without a product. */
    public List<Keuze> perioden(Product product) {
        List<Keuze> uit = new ArrayList<>();
        for (Periode p : Periode.values()) {
            if (product == null || product.indicatiewijze().perioden().isEmpty()
                    || product.indicatiewijze().perioden().contains(p)) {
                uit.add(new Keuze(p.name(), p.omschrijving()));
            }
        }
        return uit;
    }

    public List<Keuze> varianten(Product product) {
        List<Keuze> uit = new ArrayList<>();
        if (product != null) {
            for (Variant v : product.grenzen().varianten()) {
                uit.add(new Keuze(v.naam(), v.omschrijving() == null ? v.naam() : v.omschrijving()));
            }
        }
        return uit;
    }

    /**
     * Whether a line of this product falls under the Wmo: the product's own law, else the rulebook's ("beide"
     * counts, since the normenkader of a Wmo line may then apply).
     */
    public boolean isWmo(Regeling regeling, Product product) {
        if (regeling == null || product == null) {
            return false;
        }
        String wet = product.identiteit().wet() != null ? product.identiteit().wet() : regeling.wet();
        return wet != null && (wet.equalsIgnoreCase("wmo") || wet.equalsIgnoreCase("beide"));
    }

    /**
     * The rows of the rulebook's helper tables a post can take its duration from ("contacten_per_week:een_gesprek"),
     * shown with the table, the row's situation and its duration; empty when the rulebook has none.
     */
    public List<Keuze> hulpkeuzes(Regeling regeling) {
        List<Keuze> uit = new ArrayList<>();
        if (regeling == null) {
            return uit;
        }
        for (nl.indiceer.regeling.Hulptabel t : regeling.hulptabellen()) {
            for (nl.indiceer.regeling.Hulptabel.Rij r : t.rijen()) {
                uit.add(new Keuze(t.naam() + ":" + r.keuze(), t.omschrijving() + " — " + r.omschrijving() + ": "
                        + nl.indiceer.volume.Volumeopbouw.hoeveelheid(r.duur(), r.eenheid()) + " per keer (bij "
                        + r.aantallen() + ")"));
            }
        }
        return uit;
    }

    /** The unit key of a new post for the product: hours for time, else the product's own unit. */
    public String posteenheid(Product product) {
        if (product == null) {
            return "uren";
        }
        return switch (product.indicatiewijze().eenheid()) {
            case DAGDEEL -> "dagdelen";
            case ETMAAL -> "etmalen";
            case STUKS -> "stuks";
            default -> "uren";
        };
    }

    /** The Wmo normenkaders (wet wmo or beide) with a version in force on the date. */
    public List<Keuze> normenkaders(String peildatum) {
        LocalDate d = datum(peildatum);
        List<Keuze> uit = new ArrayList<>();
        for (String id : normenkaders.ids()) {
            Normenkader k = normenkaders.voor(id, d);
            if (k != null && k.identiteit().wet() != null && !k.identiteit().wet().equalsIgnoreCase("jeugdwet")) {
                uit.add(new Keuze(id, k.identiteit().naam() + " (" + k.status().tekst() + ")"));
            }
        }
        return uit;
    }

    /** The version in force on the peildatum (today when it is not a date), or null. */
    public Normenkader normenkader(String id, String peildatum) {
        return id == null || id.isBlank() ? null : normenkaders.voor(id.strip(), datum(peildatum));
    }

    /** Every factor the task may use, in the order the form numbers them. */
    public List<Factor> factoren(Normenkader kader, Taak taak) {
        return kader.factoren(taak);
    }

    /** The rhythms a task can be delivered in (when it has more than one norm). */
    public List<Keuze> ritmes(Taak taak) {
        List<Keuze> uit = new ArrayList<>();
        for (Norm n : taak.normen()) {
            if (n.ritme() != null) {
                uit.add(new Keuze(n.ritme().naam(), n.ritme().omschrijving()));
            }
        }
        return uit;
    }

    /** Whether a norm of the task is per occurrence, so a frequency is asked for. */
    public boolean perKeer(Taak taak) {
        return taak.normen().stream().anyMatch(Norm::perKeer);
    }

    /** "1 keer per week; 2 keer per maand": the frequencies the task's norms allow. */
    public String frequenties(Taak taak) {
        List<String> uit = new ArrayList<>();
        for (Norm n : taak.normen()) {
            for (Frequentie f : n.frequenties()) {
                if (!uit.contains(f.tekst())) {
                    uit.add(f.tekst());
                }
            }
        }
        return String.join("; ", uit);
    }

    /** The kinds of capacity that may take over part of a task. */
    public List<Keuze> capaciteitsoorten() {
        List<Keuze> uit = new ArrayList<>();
        for (Factorsoort s : Factorsoort.values()) {
            if (s.isCapaciteit()) {
                uit.add(new Keuze(s.naam(), s.omschrijving()));
            }
        }
        return uit;
    }

    /** The periods of a norm, a factor, a capacity or a deviation (week, twee weken, maand, jaar). */
    public List<Keuze> normperioden() {
        List<Keuze> uit = new ArrayList<>();
        for (Normperiode p : Normperiode.values()) {
            if (p != Normperiode.KEER) {
                uit.add(new Keuze(p.naam(), p.omschrijving()));
            }
        }
        return uit;
    }

    /** Names of municipalities by CBS code, in the order of the names; a code without a name keeps its code. */
    public Map<String, String> gemeentenamen(Collection<String> codes) {
        Map<String, String> uit = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return uit;
        }
        jdbc.sql("select gemeentecode, naam from gemeente where gemeentecode in (:codes) order by naam")
                .param("codes", List.copyOf(codes))
                .query((rs, i) -> Map.entry(rs.getString("gemeentecode"), rs.getString("naam")))
                .list().forEach(e -> uit.put(e.getKey(), e.getValue()));
        for (String c : codes) {
            uit.putIfAbsent(c, c);
        }
        return uit;
    }

    /** "achterhoek" as "Achterhoek", "noord-limburg" as "Noord-Limburg". */
    public String regionaam(String regio) {
        StringBuilder s = new StringBuilder();
        boolean begin = true;
        for (char c : regio.toCharArray()) {
            s.append(begin ? Character.toUpperCase(c) : c);
            begin = c == '-' || c == ' ';
        }
        return s.toString().toLowerCase(Locale.ROOT).equals(regio) ? s.toString() : regio;
    }
}
