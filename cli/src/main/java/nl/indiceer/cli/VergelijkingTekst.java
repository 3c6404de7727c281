package nl.indiceer.cli;

import static nl.indiceer.aanvraag.VeiligeTekst.schoon;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import nl.indiceer.aanvraag.Invoerfout;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.regeling.Regelingen;
import nl.indiceer.rekensom.RekensomTekst;
import nl.indiceer.toetsing.Bevinding;
import nl.indiceer.toetsing.Bevindingtekst;
import nl.indiceer.vergelijking.Aanvraagvergelijking;
import nl.indiceer.vergelijking.Bevindingverschil;
import nl.indiceer.vergelijking.Kant;
import nl.indiceer.vergelijking.Kostentotaal;
import nl.indiceer.vergelijking.Regelverschil;
import nl.indiceer.vergelijking.Totalen;
import nl.indiceer.volume.Getal;
import nl.indiceer.volume.Toewijzingsvolume;

/** A comparison of rulebooks as readable Dutch text for the terminal: each request that differs, then the totals. */
final class VergelijkingTekst {

    private VergelijkingTekst() {
    }

    static String kop(Path oudMap, Regelingen oud, Path nieuwMap, Regelingen nieuw) {
        return "Regelingen vergelijken\n"
                + "  oud:   " + schoon(oudMap.toString()) + " (" + String.join(", ", oud.regios()) + ")\n"
                + "  nieuw: " + schoon(nieuwMap.toString()) + " (" + String.join(", ", nieuw.regios()) + ")\n";
    }

    static String aanvraag(Aanvraagvergelijking v) {
        StringBuilder s = new StringBuilder("\n").append(v.kenmerk()).append(": ");
        switch (v.status()) {
            case GELIJK -> s.append("gelijk\n");
            case VERSCHIL -> {
                s.append("verschilt\n");
                versies(s, v.oud().uitkomst(), v.nieuw().uitkomst());
                for (Regelverschil r : v.gewijzigdeRegels()) {
                    regel(s, r);
                }
                if (!v.overkoepelend().isLeeg()) {
                    s.append("  Over de hele aanvraag:\n");
                    bevindingen(s, v.overkoepelend(), "    ");
                }
            }
            case ALLEEN_OUD -> {
                s.append(v.nieuw().regioOntbreekt() ? "regio ontbreekt in de nieuwe regelingen"
                        : "niet te berekenen met de nieuwe regelingen").append("\n");
                s.append("  Oud: ").append(v.oud().uitkomst().toegepast().versie().kort()).append("\n");
                fouten(s, "  Nieuw: ", v.nieuw().fouten());
            }
            case ALLEEN_NIEUW -> {
                s.append(v.oud().regioOntbreekt() ? "regio ontbreekt in de oude regelingen"
                        : "niet te berekenen met de oude regelingen").append("\n");
                fouten(s, "  Oud: ", v.oud().fouten());
                s.append("  Nieuw: ").append(v.nieuw().uitkomst().toegepast().versie().kort()).append("\n");
            }
            case ONGELDIG -> {
                s.append("ongeldige aanvraag\n");
                if (v.oud() == null) {
                    fouten(s, "  ", v.leesfouten());
                } else {
                    fouten(s, "  Oud: ", v.oud().fouten());
                    fouten(s, "  Nieuw: ", v.nieuw().fouten());
                }
            }
        }
        return s.toString();
    }

    private static void versies(StringBuilder s, Uitkomst oud, Uitkomst nieuw) {
        s.append("  Regeling oud:   ").append(oud.toegepast().versie().kort()).append("; peildatum ").append(oud.peildatum())
                .append(oud.gemeente() == null ? "" : "; gemeente " + schoon(oud.gemeente())).append("\n");
        s.append("  Regeling nieuw: ").append(nieuw.toegepast().versie().kort()).append("\n");
    }

    private static void regel(StringBuilder s, Regelverschil r) {
        s.append("  Regel ").append(r.index() + 1).append(": ").append(schoon(r.productnaam())).append(" (")
                .append(schoon(r.productcode())).append(")")
                .append(r.oud().variant() == null ? "" : ", variant " + schoon(r.oud().variant()))
                .append(r.aanbieder() == null ? "" : ", aanbieder " + schoon(r.aanbieder())).append("\n");
        s.append("    Volume: ").append(r.volumeVerschilt() ? "" : "gelijk, ").append("oud ").append(volume(r.volumeOud()))
                .append("; nieuw ").append(volume(r.volumeNieuw())).append("\n");
        s.append("    Kosten: ").append(r.kostenVerschillen() ? "" : "gelijk, ").append("oud ").append(bedrag(r.kostenOud()))
                .append("; nieuw ").append(bedrag(r.kostenNieuw()));
        if (r.kostenOud() != null && r.kostenNieuw() != null && r.kostenVerschillen()) {
            BigDecimal verschil = r.kostenNieuw().subtract(r.kostenOud());
            s.append(" (").append(verschil.signum() >= 0 ? "+" : "-").append(Getal.euro(verschil.abs())).append(")");
        }
        s.append("\n");
        s.append("    Rekensom oud:   ").append(schoon(RekensomTekst.zin(r.rekensomOud()))).append("\n");
        s.append("    Rekensom nieuw: ").append(schoon(RekensomTekst.zin(r.rekensomNieuw()))).append("\n");
        if (r.kostenVerschillen()) {
            s.append("    Kosten oud:   ").append(schoon(r.oud().kosten().rekensom())).append("\n");
            s.append("    Kosten nieuw: ").append(schoon(r.nieuw().kosten().rekensom())).append("\n");
        }
        bevindingen(s, r.bevindingen(), "    ");
    }

    private static void bevindingen(StringBuilder s, Bevindingverschil b, String inspringing) {
        for (Bevinding x : b.toegevoegd()) {
            bevinding(s, inspringing + "+ nieuw:    ", x);
        }
        for (Bevinding x : b.vervallen()) {
            bevinding(s, inspringing + "- vervalt:  ", x);
        }
    }

    private static void bevinding(StringBuilder s, String begin, Bevinding b) {
        s.append(begin).append("[").append(b.ernst()).append("] ").append(b.code()).append(": ")
                .append(schoon(Bevindingtekst.tekst(b)));
        if (b.bron() != null) {
            s.append(" (bron: ").append(b.bron().tekst()).append(")");
        }
        s.append("\n");
    }

    private static void fouten(StringBuilder s, String begin, List<Invoerfout> fouten) {
        for (Invoerfout f : fouten) {
            s.append(begin).append(schoon(f.toString())).append("\n");
        }
    }

    private static String volume(Toewijzingsvolume v) {
        return v == null ? "geen (bedrag)" : v.tekst() + ", " + Getal.nl(v.totaal()) + " in de geldigheidsduur";
    }

    private static String bedrag(BigDecimal b) {
        return b == null ? "onbekend (geen tarief)" : Getal.euro(b);
    }

    static String totalen(Totalen t) {
        StringBuilder s = new StringBuilder("\nTotalen\n");
        s.append("  ").append(t.aanvragen()).append(t.aanvragen() == 1 ? " aanvraag" : " aanvragen").append(": ")
                .append(t.gelijk()).append(" gelijk, ").append(t.verschil()).append(" met verschil, ")
                .append(t.alleenOud()).append(" alleen met de oude regelingen te berekenen, ")
                .append(t.alleenNieuw()).append(" alleen met de nieuwe, ").append(t.ongeldig()).append(" ongeldig\n");
        s.append("  Kosten (aanvragen die beide berekenen): oud ").append(Getal.euro(t.kostenOud())).append(", nieuw ")
                .append(Getal.euro(t.kostenNieuw())).append(", verschil ").append(teken(t.kostenVerschil())).append("\n");
        tabel(s, "Per gemeente", "gemeente", t.perGemeente(), "(geen gemeente)");
        tabel(s, "Per product", "product", t.perProduct(), "(geen)");
        tabel(s, "Per aanbieder", "aanbieder", t.perAanbieder(), "(geen aanbieder genoemd)");
        return s.toString();
    }

    private static void tabel(StringBuilder s, String kop, String kolom, List<Kostentotaal> rijen, String zonder) {
        if (rijen.isEmpty()) {
            return;
        }
        s.append("\n").append(kop).append(":\n");
        List<String> namen = rijen.stream().map(k -> naam(k, zonder)).toList();
        int breed = Math.max(kolom.length(), namen.stream().mapToInt(String::length).max().orElse(0));
        String vorm = "  %-" + breed + "s  %15s  %15s  %15s  %9s  %9s%n";
        s.append(String.format(vorm, kolom, "kosten oud", "kosten nieuw", "verschil", "aanvragen", "gewijzigd"));
        for (int i = 0; i < rijen.size(); i++) {
            Kostentotaal k = rijen.get(i);
            s.append(String.format(vorm, namen.get(i), Getal.euro(k.kostenOud()), Getal.euro(k.kostenNieuw()),
                    teken(k.verschil()), k.aanvragen(), k.gewijzigd()));
            if (k.onbekendOud() > 0 || k.onbekendNieuw() > 0) {
                s.append("    kosten onbekend (geen tarief): ").append(k.onbekendOud()).append(" regel(s) oud, ")
                        .append(k.onbekendNieuw()).append(" nieuw\n");
            }
        }
    }

    private static String naam(Kostentotaal k, String zonder) {
        String naam = k.sleutel() == null ? zonder : schoon(k.naam() == null ? k.sleutel() : k.naam());
        if (k.sleutel() != null && k.naam() != null && !k.naam().equals(k.sleutel())) {
            naam += " (" + schoon(k.sleutel()) + ")";
        }
        return k.regio() == null ? naam : naam + ", " + k.regio();
    }

    private static String teken(BigDecimal b) {
        return (b.signum() > 0 ? "+" : b.signum() < 0 ? "-" : "") + Getal.euro(b.abs());
    }
}
