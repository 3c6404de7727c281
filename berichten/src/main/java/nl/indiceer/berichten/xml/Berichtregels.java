package nl.indiceer.berichten.xml;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.berichten.AangevraagdProduct;
import nl.indiceer.berichten.Bericht;
import nl.indiceer.berichten.Declaratieantwoordbericht;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Header;
import nl.indiceer.berichten.NieuwProduct;
import nl.indiceer.berichten.Omvang;
import nl.indiceer.berichten.StartProduct;
import nl.indiceer.berichten.Startbericht;
import nl.indiceer.berichten.StopProduct;
import nl.indiceer.berichten.Stopbericht;
import nl.indiceer.berichten.TeWijzigenProduct;
import nl.indiceer.berichten.ToegewezenProduct;
import nl.indiceer.berichten.Toewijzingsbericht;
import nl.indiceer.berichten.Toewijzingsverzoek;
import nl.indiceer.berichten.Wijzigingsverzoek;

/**
 * The conditions and constraints of release 3.2 that a schema cannot express, checked on a message that was read: each
 * violation with its rule code (as in the retour messages) and line. Not every rule of the standard is here; these are
 * the ones about the parts Indiceer uses (dates, volume, allocation numbers, BSN).
 */
final class Berichtregels {

    private final Berichtlezer.Gelezen gelezen;
    private final List<OngeldigBerichtException.Melding> meldingen = new ArrayList<>();

    private Berichtregels(Berichtlezer.Gelezen gelezen) {
        this.gelezen = gelezen;
    }

    static List<OngeldigBerichtException.Melding> controleer(Berichtlezer.Gelezen gelezen) {
        Berichtregels r = new Berichtregels(gelezen);
        r.alles(gelezen.bericht());
        return r.meldingen;
    }

    private void fout(Object deel, String regelcode, String tekst) {
        meldingen.add(new OngeldigBerichtException.Melding(gelezen.regel(deel), "REGEL", regelcode + ": " + tekst));
    }

    private void alles(Bericht b) {
        header(b.header());
        if (b instanceof Toewijzingsbericht t) {
            bsn(t.client(), t.client().bsn());
            for (ToegewezenProduct p : t.producten()) {
                toegewezen(p);
            }
        } else if (b instanceof Startbericht s) {
            bsn(s.client(), s.client().bsn());
            for (StartProduct p : s.producten()) {
                status(p, p.statusAanlevering());
            }
        } else if (b instanceof Stopbericht s) {
            bsn(s.client(), s.client().bsn());
            for (StopProduct p : s.producten()) {
                status(p, p.statusAanlevering());
                volgorde(p, "Einddatum", p.begindatum(), p.einddatum(), "Begindatum");
            }
        } else if (b instanceof Toewijzingsverzoek v) {
            bsn(v.client(), v.client().bsn());
            for (AangevraagdProduct p : v.producten()) {
                omvang(p, p.product() != null && p.product().code() != null, p.omvang(), p.budget(), p.toewijzingEinddatum(),
                        "ToewijzingEinddatum");
                volgorde(p, "ToewijzingEinddatum", p.toewijzingIngangsdatum(), p.toewijzingEinddatum(), "ToewijzingIngangsdatum");
            }
        } else if (b instanceof Wijzigingsverzoek v) {
            bsn(v, v.bsn());
            for (TeWijzigenProduct p : v.teWijzigen()) {
                omvang(p, false, p.omvang(), p.budget(), p.einddatum(), "Einddatum");
                volgorde(p, "Einddatum", p.gewensteIngangsdatum(), p.einddatum(), "GewensteIngangsdatum");
            }
            for (NieuwProduct p : v.nieuw()) {
                omvang(p, p.product() != null && p.product().code() != null, p.omvang(), p.budget(), p.einddatum(), "Einddatum");
                volgorde(p, "Einddatum", p.gewensteIngangsdatum(), p.einddatum(), "GewensteIngangsdatum");
            }
        } else if (b instanceof Declaratieantwoordbericht d && d.antwoord() != null) {
            for (Declaratieantwoordbericht.Client c : d.antwoord().clienten()) {
                bsn(c, c.bsn());
                for (Declaratieantwoordbericht.Prestatie p : c.prestaties()) {
                    volgorde(p, "Einddatum", p.begindatum(), p.einddatum(), "Begindatum");
                }
            }
        }
    }

    /** Who sends a kind is fixed: a municipality (4 digits) or a provider (AGB code, 8 digits). */
    private void header(Header h) {
        boolean vanGemeente = h.soort().richting() == Berichtsoort.Richting.GEMEENTE_NAAR_AANBIEDER;
        String gemeente = vanGemeente ? h.afzender() : h.ontvanger();
        String aanbieder = vanGemeente ? h.ontvanger() : h.afzender();
        if (!gemeente.matches("[0-9]{4}")) {
            fout(h, "LDT_Gemeente", (vanGemeente ? "Afzender" : "Ontvanger") + " '" + Meldingtekst.schoon(gemeente)
                    + "' is geen gemeentecode van 4 cijfers");
        }
        if (!aanbieder.matches("[0-9]{8}")) {
            fout(h, "LDT_AgbCode", (vanGemeente ? "Ontvanger" : "Afzender") + " '" + Meldingtekst.schoon(aanbieder)
                    + "' is geen AGB-code van 8 cijfers");
        }
    }

    /** CS002: a BSN passes the 11-proef. */
    private void bsn(Object deel, String bsn) {
        if (!Bsn.isGeldig(bsn)) {
            fout(deel, "CS002", "Bsn '" + Meldingtekst.schoon(bsn) + "' is geen burgerservicenummer (9 cijfers en de 11-proef)");
        }
    }

    /** CS058: StatusAanlevering 1 (eerste aanlevering) or 3 (verwijderen aanlevering). */
    private void status(Object deel, String status) {
        if (!status.equals("1") && !status.equals("3")) {
            fout(deel, "CS058", "StatusAanlevering '" + Meldingtekst.schoon(status)
                    + "' is niet toegestaan; alleen 1 (eerste aanlevering) of 3 (verwijderen aanlevering)");
        }
    }

    private void toegewezen(ToegewezenProduct p) {
        omvang(p, p.product() != null && p.product().code() != null, p.omvang(), p.budget(), p.einddatum(), "Einddatum");
        volgorde(p, "Einddatum", p.ingangsdatum(), p.einddatum(), "Ingangsdatum");
        if (p.product() == null && p.budget() == null) {
            fout(p, "CD079", "toewijzing " + p.toewijzingNummer() + " heeft geen Product en geen Budget; zonder Budget is "
                    + "Product verplicht");
        }
        if (ToegewezenProduct.VERWIJDERD.equals(p.redenWijziging()) && !p.ingangsdatum().equals(p.einddatum())) {
            fout(p, "CS335", "toewijzing " + p.toewijzingNummer() + " heeft RedenWijziging 13 (verwijderd), maar de "
                    + "einddatum is niet gelijk aan de ingangsdatum");
        }
        if (ToegewezenProduct.VERVALLEN.equals(p.redenWijziging())) {
            fout(p, "CS336", "toewijzing " + p.toewijzingNummer() + " heeft RedenWijziging 01 (administratieve correctie, "
                    + "vervallen); die code wordt niet meer gebruikt");
        }
    }

    /** CD041, CD076, CD077/CD078: volume with a product code, an end date per week, not both volume and budget. */
    private void omvang(Object deel, boolean metProductcode, Omvang omvang, Long budget, LocalDate einddatum, String eindnaam) {
        if (metProductcode && omvang == null && budget == null) {
            fout(deel, "CD041", "er is een productcode maar geen Omvang");
        }
        if (omvang != null && budget != null) {
            fout(deel, "CD077", "Omvang en Budget zijn allebei gevuld; het is het een of het ander");
        }
        if (omvang != null && Omvang.PER_WEEK.equals(omvang.frequentie()) && einddatum == null) {
            fout(deel, "CD076", eindnaam + " ontbreekt; met Frequentie 2 (per week) is een einddatum verplicht");
        }
    }

    /** CS003: an end date is on or after the begin date of its period. */
    private void volgorde(Object deel, String eindnaam, LocalDate begin, LocalDate eind, String beginnaam) {
        if (begin != null && eind != null && eind.isBefore(begin)) {
            fout(deel, "CS003", eindnaam + " " + eind + " ligt voor " + beginnaam + " " + begin);
        }
    }
}
