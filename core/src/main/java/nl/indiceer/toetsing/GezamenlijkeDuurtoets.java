package nl.indiceer.toetsing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.aanvraag.Regelsoort;
import nl.indiceer.regeling.GezamenlijkeDuur;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.volume.Geldigheidsduur;

/**
 * Several products together take no longer than a maximum (gezamenlijke_duur), from the first begindatum to the
 * last einddatum of their request lines and running allocations, e.g. dyslexie diagnostiek plus behandeling.
 * When the rule measures to the end of the help itself ({@code meten_tot: inzet}), a line's {@code inzet_tot}
 * counts instead of its einddatum; where it matters and is not given, the finding asks for it.
 */
public final class GezamenlijkeDuurtoets {

    private GezamenlijkeDuurtoets() {
    }

    /** Something of the rule's products, with the day its time ends ({@code inzetBekend} false: einddatum used). */
    private record Deel(Betrokkene wie, Integer regel, LocalDate begin, LocalDate eind, boolean inzetBekend) {
    }

    public static List<Bevinding> toets(List<Regelcontext> contexten, Regeling regeling) {
        List<GezamenlijkeDuur> regels = regeling.gedeeld().gezamenlijkeDuur();
        if (regels.isEmpty() || contexten.isEmpty()) {
            return List.of();
        }
        List<Bevinding> uit = new ArrayList<>();
        for (GezamenlijkeDuur d : regels) {
            uit.addAll(toets(contexten, regeling, d));
        }
        return uit;
    }

    private static List<Bevinding> toets(List<Regelcontext> contexten, Regeling regeling, GezamenlijkeDuur d) {
        List<Deel> delen = new ArrayList<>();
        List<String> vervangen = new ArrayList<>();
        for (Regelcontext c : contexten) {
            if (!d.telt(c.product().code())) {
                continue;
            }
            if (c.regel().soort() instanceof Regelsoort.Vervolg v) {
                vervangen.add(v.toewijzing());
            }
            LocalDate inzet = c.regel().looptijd().inzetTot();
            delen.add(new Deel(Inzet.wie(c), c.index(), c.regel().begindatum(),
                    d.totInzet() && inzet != null ? inzet : c.regel().einddatum(), !d.totInzet() || inzet != null));
        }
        if (delen.isEmpty()) {
            return List.of();
        }
        List<Integer> regelnummers = delen.stream().map(Deel::regel).toList();
        for (LopendeToewijzing t : contexten.get(0).aanvraag().lopendeToewijzingen()) {
            if (d.telt(t.product()) && (t.id() == null || !vervangen.contains(t.id()))) {
                Product p = regeling.product(t.product());
                delen.add(new Deel(new Betrokkene(null, t.id(), p == null ? t.product() : p.naam()), null,
                        t.begindatum(), t.einddatum(), true));
            }
        }
        LocalDate van = delen.get(0).begin();
        LocalDate tot = delen.get(0).eind();
        for (Deel x : delen) {
            van = x.begin().isBefore(van) ? x.begin() : van;
            tot = x.eind().isAfter(tot) ? x.eind() : tot;
        }
        BigDecimal maanden = Geldigheidsduur.maanden(van, tot);
        if (maanden.compareTo(d.maximaalMaanden()) <= 0) {
            return List.of();
        }
        List<Betrokkene> betrokkenen = delen.stream().map(Deel::wie).toList();
        List<Betrokkene> zonderInzet = new ArrayList<>();
        LocalDate uiterlijk = Geldigheidsduur.eindeNaMaanden(van.minusDays(1), d.maximaalMaanden());
        for (Deel x : delen) {
            if (!x.inzetBekend() && x.eind().isAfter(uiterlijk)) {
                zonderInzet.add(x.wie());
            }
        }
        // never shown as the maximum it exceeds: 27,0001 months is "27,01"
        BigDecimal getoond = maanden.setScale(2, java.math.RoundingMode.CEILING).stripTrailingZeros();
        Integer regel = regelnummers.get(0);
        Integer ook = regelnummers.size() > 1 ? regelnummers.get(1) : null;
        Bevinding b = zonderInzet.isEmpty()
                ? Bevinding.van(Bevindingcode.GEZAMENLIJKE_DUUR_TE_LANG, d.bron(), regel,
                        "producten", Periodelimiettoets.namen(regeling, d.producten()), "duur", getoond, "van", van, "tot", tot,
                        "inzet", d.totInzet(), "maximum", d.maximaalMaanden(), "betrokkenen", betrokkenen,
                        "richtlijn", d.richtlijn(), "richtlijnbron", Grensaard.richtlijnbron(d.aard()))
                : Bevinding.van(Bevindingcode.GEZAMENLIJKE_DUUR_INZET_ONBEKEND, d.bron(), regel,
                        "producten", Periodelimiettoets.namen(regeling, d.producten()), "maximum", d.maximaalMaanden(),
                        "duur", getoond, "betrokkenen", zonderInzet);
        List<Bevinding> uit = new ArrayList<>();
        uit.add(b.code() == Bevindingcode.GEZAMENLIJKE_DUUR_TE_LANG ? Grensaard.ernst(b.ookVoor(ook), d.aard()) : b.ookVoor(ook));
        uit.addAll(Onduidelijkheden.van(d.onduidelijk(), d.bron(), regel));
        return uit;
    }
}
