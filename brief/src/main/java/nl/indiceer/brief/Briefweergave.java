package nl.indiceer.brief;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.indiceer.aanvraag.VeiligeTekst;
import nl.indiceer.berekening.Regeluitkomst;
import nl.indiceer.beschikking.Regelbesluit;
import nl.indiceer.kosten.Kosten;
import nl.indiceer.normenkader.Normering;
import nl.indiceer.regeling.Periode;
import nl.indiceer.rekensom.RekensomTekst;
import nl.indiceer.volume.Getal;
import nl.indiceer.volume.Toewijzingsvolume;
import nl.indiceer.volume.Volumeopbouw;

/**
 * The letter's data as the template reads it: maps of ready Dutch text (numbers with a decimal comma and thousands
 * dots, dates written out, euros), built from the engine's values. Nothing is computed again: the volume is the
 * engine's whole, rounded-up number, the rekensom and the cost sentence are core's writers ({@link RekensomTekst},
 * {@link Kosten#rekensom()}). Every text from a request is made safe for XML and for one line
 * ({@link VeiligeTekst#schoon}); the template escapes it ({@code th:text}).
 */
final class Briefweergave {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag("nl-NL"));

    private Briefweergave() {
    }

    static Map<String, Object> model(Beschikkingsbrief brief, Briefhoofd hoofd, Briefteksten teksten) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, String> soort = teksten.soorten().get(brief.soort());
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("kenmerk", tekst(brief.kenmerk()));
        b.put("datum", datum(brief.datum()));
        b.put("soort", brief.soort().name().toLowerCase(Locale.ROOT));
        b.put("wijzigt", brief.soort().verwijstNaarVorige());
        b.put("vorigKenmerk", tekst(brief.vorigKenmerk()));
        b.put("onderwerp", soort.get("onderwerp"));
        b.put("inleiding", soort.get("inleiding"));
        b.put("regeling", tekst(brief.uitkomst().regeling()));
        b.put("regelingVanaf", datum(brief.uitkomst().geldigVanaf()));
        b.put("regelingVersie", brief.uitkomst().toegepast().versie().hash().substring(0, 12));
        m.put("brief", b);
        m.put("gemeente", gemeente(hoofd));
        Map<String, Object> aan = new LinkedHashMap<>();
        aan.put("naam", tekst(brief.geadresseerde().naam()));
        aan.put("adres", brief.geadresseerde().adresregels().stream().map(Briefweergave::tekst).toList());
        m.put("geadresseerde", aan);
        List<Map<String, Object>> regels = new ArrayList<>();
        List<Map<String, String>> wetten = new ArrayList<>();
        int toegekend = 0;
        for (Besluitregel r : brief.regels()) {
            regels.add(regel(r, regels.size() + 1, teksten));
            Map<String, String> wet = teksten.wetten().get(r.wet());
            if (!wetten.contains(wet)) {
                wetten.add(wet);
            }
            toegekend += r.toegekend() ? 1 : 0;
        }
        m.put("regels", regels);
        m.put("wetten", wetten);
        m.put("aantalToegekend", toegekend);
        m.put("aantalAfgewezen", brief.regels().size() - toegekend);
        return m;
    }

    private static Map<String, Object> gemeente(Briefhoofd h) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("naam", h.naam());
        g.put("afzender", h.afzender());
        g.put("postadres", h.postadres());
        g.put("telefoon", h.telefoon());
        g.put("website", h.website());
        g.put("logo", h.logo() == null ? null : Pdfopmaak.SCHEMA + ":" + h.logo());
        g.put("logoTekst", h.logoTekst());
        g.put("ondertekenaar", h.ondertekenaar());
        g.put("functie", h.functie());
        Map<String, Object> bezwaar = new LinkedHashMap<>();
        bezwaar.put("aan", h.bezwaarAan());
        bezwaar.put("postadres", h.bezwaarAdres());
        bezwaar.put("digitaal", h.bezwaarDigitaal());
        g.put("bezwaar", bezwaar);
        g.put("voorbeeld", h.voorbeeld());
        return g;
    }

    private static Map<String, Object> regel(Besluitregel br, int nummer, Briefteksten teksten) {
        Regeluitkomst r = br.uitkomst();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nummer", nummer);
        m.put("product", tekst(r.productnaam()));
        m.put("code", tekst(r.productcode()));
        m.put("variant", tekst(r.variant()));
        m.put("aanbieder", tekst(br.aanvraagregel().productkeuze().aanbieder()));
        m.put("financiering", r.financiering().omschrijving());
        m.put("pgb", r.financiering().isPgb());
        m.put("toegekend", br.toegekend());
        m.put("reden", br.besluit() instanceof Regelbesluit.Afwijzing a ? tekst(a.reden()) : null);
        m.put("hardheidsclausule", br.besluit() instanceof Regelbesluit.Toekenning t ? tekst(t.hardheidsclausule()) : null);
        m.put("begindatum", datum(r.begindatum()));
        m.put("einddatum", datum(r.einddatum()));
        String looptijd = datum(r.begindatum()) + " tot en met " + datum(r.einddatum());
        m.put("looptijd", looptijd);
        Toewijzingsvolume v = r.volume();
        if (v != null) {
            String totaal = Volumeopbouw.hoeveelheid(v.totaal(), v.eenheid()) + " van " + looptijd;
            m.put("volumePerPeriode", v.periode() == Periode.TOTAAL ? null : v.tekst());
            m.put("volumeTotaal", totaal);
            m.put("volume", v.periode() == Periode.TOTAAL ? totaal : v.tekst() + "; " + totaal);
            m.put("eenheidscode", v.eenheid().istandaardCode());
            m.put("frequentiecode", v.periode().istandaardCode());
            m.put("afgerond", v.afgerond());
        } else {
            m.put("volume", null);
        }
        m.put("rekensom", tekst(RekensomTekst.zin(r.rekensom())));
        Kosten k = r.kosten();
        m.put("kostenPerPeriode", k.perPeriode() == null ? null : Getal.euro(k.perPeriode()));
        m.put("kostenTotaal", k.totaal() == null ? null : Getal.euro(k.totaal()));
        m.put("kostenRekensom", tekst(k.rekensom()));
        m.put("tarief", k.tarief() == null ? null
                : Getal.euro(k.tarief().bedrag()) + " per " + k.tarief().eenheid().enkelvoud());
        m.put("motivering", tekst(br.aanvraagregel().onderbouwing().motivering()));
        m.put("normenkader", normenkader(br.normering()));
        m.put("wet", teksten.wetten().get(br.wet()));
        return m;
    }

    private static Map<String, Object> normenkader(Normering n) {
        if (n == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("naam", tekst(n.normenkader().identiteit().naam()));
        m.put("id", tekst(n.normenkader().id()));
        m.put("editie", datum(n.normenkader().geldigheid().vanaf()));
        m.put("status", n.status().tekst());
        m.put("perWeek", Getal.nl(n.totaalPerWeek()) + " minuten per week");
        m.put("perMaand", Getal.nl(n.totaalPerMaand()) + " minuten per maand");
        m.put("taken", n.taken().stream().map(t -> tekst(t.taak().naam()) + ": " + Getal.nl(t.minuten().perWeek())
                + " minuten per week").toList());
        return m;
    }

    /** "1 maart 2026". */
    static String datum(LocalDate d) {
        return d == null ? null : DATUM.format(d);
    }

    /**
     * Text from a request or the engine, fit for one line of an XML document: control characters made visible,
     * line breaks one space ({@link VeiligeTekst#schoon}), and the few characters XML 1.0 forbids replaced.
     */
    static String tekst(String t) {
        String s = VeiligeTekst.schoon(t);
        if (s == null) {
            return null;
        }
        StringBuilder uit = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\uFFFE' || c == '\uFFFF') {
                if (uit == null) {
                    uit = new StringBuilder(s);
                }
                uit.setCharAt(i, '\uFFFD');
            }
        }
        return uit == null ? s : uit.toString();
    }
}
