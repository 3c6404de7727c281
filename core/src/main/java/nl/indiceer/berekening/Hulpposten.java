package nl.indiceer.berekening;

import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.Hulpkeuze;
import nl.indiceer.aanvraag.Invoerfout;
import nl.indiceer.aanvraag.OngeldigeAanvraagException;
import nl.indiceer.aanvraag.Post;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.aanvraag.Volumeverzoek;
import nl.indiceer.regeling.Hulptabel;
import nl.indiceer.regeling.Periode;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.volume.Getal;
import nl.indiceer.volume.Volumeopbouw;

/**
 * Step 1b: the posten a consultant picked from a helper table of the rulebook ({@code "hulp": "contacten_per_week"})
 * get the duration of their row, so that everything after this step sees ordinary posten that remember their row.
 * The row is the one the request names in {@code keuze}, or the only row meant for the post's {@code aantal}; a table,
 * row or period that does not fit is invalid input naming the field, since the consultant has to choose.
 */
final class Hulpposten {

    private Hulpposten() {
    }

    /** The request with every helper post looked up; the request itself when it has none. */
    static Aanvraag invullen(Aanvraag aanvraag, Regeling regeling) {
        if (aanvraag.producten().stream().flatMap(r -> r.posten().stream()).noneMatch(p -> p.hulp() != null)) {
            return aanvraag;
        }
        List<Invoerfout> fouten = new ArrayList<>();
        List<Productregel> regels = new ArrayList<>();
        for (int i = 0; i < aanvraag.producten().size(); i++) {
            Productregel r = aanvraag.producten().get(i);
            List<Post> posten = new ArrayList<>();
            for (int j = 0; j < r.posten().size(); j++) {
                Post p = r.posten().get(j);
                posten.add(p.hulp() == null ? p : opzoeken(p, regeling, "producten[" + i + "].posten[" + j + "]", fouten));
            }
            Volumeverzoek v = r.volumeverzoek();
            regels.add(new Productregel(r.productkeuze(), r.soort(), r.looptijd(),
                    new Volumeverzoek(v.periode(), v.eenheid(), v.gemiddeldPerWeekMinuten(), posten), r.onderbouwing(),
                    r.gezin(), r.pauzeert()));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeAanvraagException(fouten);
        }
        return new Aanvraag(aanvraag.regio(), aanvraag.peildatum(), aanvraag.gemeente(), aanvraag.client(),
                aanvraag.lopendeToewijzingen(), regels, aanvraag.feiten(), aanvraag.verwijzing(), aanvraag.getallen());
    }

    private static Post opzoeken(Post p, Regeling regeling, String pad, List<Invoerfout> fouten) {
        Hulpkeuze gevraagd = p.hulp();
        Hulptabel tabel = regeling.hulptabel(gevraagd.tabel());
        if (tabel == null) {
            fouten.add(new Invoerfout(pad + ".hulp", "ONBEKENDE_HULP", "de regeling van " + regeling.regio()
                    + " kent geen hulptabel '" + gevraagd.tabel() + "'" + (regeling.hulptabellen().isEmpty()
                    ? "; zij heeft geen hulptabellen: geef de duur zelf (minuten, uren, dagdelen, etmalen of stuks)"
                    : "; kies uit " + String.join(", ", regeling.hulptabellen().stream().map(Hulptabel::naam).toList()))));
            return p;
        }
        Periode per = p.per() != null ? p.per() : tabel.per();
        if (per == null) {
            fouten.add(new Invoerfout(pad + ".per", "VERPLICHT", "de hulptabel '" + tabel.naam()
                    + "' noemt geen periode: geef week, maand of totaal"));
        } else if (tabel.per() != null && per != tabel.per()) {
            fouten.add(new Invoerfout(pad + ".per", "PER_PAST_NIET", "de hulptabel '" + tabel.naam() + "' telt "
                    + tabel.telt() + ": laat 'per' weg of geef " + tabel.per().name().toLowerCase()));
            per = null;
        }
        Hulptabel.Rij rij = rij(tabel, gevraagd, p, pad, fouten);
        if (rij == null || per == null) {
            return p;
        }
        return new Post(p.omschrijving(), rij.duur(), rij.eenheid(), p.aantal(), per, p.fase(), p.consult(),
                Hulpkeuze.gekozen(tabel, rij));
    }

    /** The row the request names and that is meant for its count, or the only row meant for it. */
    private static Hulptabel.Rij rij(Hulptabel tabel, Hulpkeuze gevraagd, Post p, String pad, List<Invoerfout> fouten) {
        String aantal = "aantal " + Getal.nl(p.aantal()) + " (" + tabel.telt() + ")";
        List<Hulptabel.Rij> passend = tabel.rijenVoor(p.aantal());
        if (gevraagd.keuze() != null) {
            Hulptabel.Rij rij = tabel.rij(gevraagd.keuze());
            if (rij == null) {
                fouten.add(new Invoerfout(pad + ".keuze", "ONBEKENDE_KEUZE", "de hulptabel '" + tabel.naam()
                        + "' heeft geen rij '" + gevraagd.keuze() + "'; " + keuzes(passend.isEmpty() ? tabel.rijen() : passend)));
                return null;
            }
            if (!rij.past(p.aantal())) {
                fouten.add(new Invoerfout(pad + ".keuze", "KEUZE_PAST_NIET", "de rij '" + rij.keuze() + "' is voor "
                        + rij.aantallen() + ", niet voor " + aantal + (passend.isEmpty() ? "" : "; " + keuzes(passend))));
                return null;
            }
            return rij;
        }
        if (passend.size() == 1) {
            return passend.get(0);
        }
        if (passend.isEmpty()) {
            fouten.add(new Invoerfout(pad + ".aantal", "KEUZE_PAST_NIET", "de hulptabel '" + tabel.naam()
                    + "' heeft geen rij voor " + aantal + "; " + keuzes(tabel.rijen())));
        } else {
            fouten.add(new Invoerfout(pad + ".keuze", "VERPLICHT", "bij " + aantal + " geeft de hulptabel '"
                    + tabel.naam() + "' een keuze: " + keuzes(passend)));
        }
        return null;
    }

    /** "kies uit een_gesprek (60 minuten: enkelvoudige vraag), ...". */
    private static String keuzes(List<Hulptabel.Rij> rijen) {
        List<String> uit = new ArrayList<>();
        for (Hulptabel.Rij r : rijen) {
            uit.add(r.keuze() + " (" + Volumeopbouw.hoeveelheid(r.duur(), r.eenheid()) + " per keer, bij " + r.aantallen()
                    + ": " + r.omschrijving() + ")");
        }
        return "kies uit " + String.join(", ", uit);
    }
}
