package nl.indiceer.kosten;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.indiceer.regeling.Bron;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Tarief;

/**
 * One step of how a line's cost was computed, kept as numbers so that a page or a letter can show it in its own way
 * (the sentence of {@link Kosten#rekensom()} says the same). A line priced at one tariff has no steps; a line across
 * a tariff change has one {@link Soort#TARIEFDEEL} per part; a traject ended early by a life event has the pro-rata
 * steps.
 *
 * @param van          first day of the part (TARIEFDEEL) or of the help delivered (NAAR_RATO); null otherwise
 * @param tot          last day of it, inclusive
 * @param hoeveelheid  TARIEFDEEL: the quantity priced in the part, in {@code eenheid}; MAANDBEDRAG: the months the
 *                     price is divided by; NAAR_RATO: the months counted as delivered
 * @param eenheid      the unit of {@code hoeveelheid} for a TARIEFDEEL; null for months
 * @param tarief       the tariff used (TARIEFDEEL, TRAJECT); null otherwise
 * @param bedrag       the amount of the step, in euros (TARIEFDEEL: the part's cost; MAANDBEDRAG: per month, unrounded
 *                     shown to cents; NAAR_RATO: what may be paid)
 * @param bron         where the step's rule comes from (the tariff's or the rule's bron)
 * @param omschrijving the step in words, e.g. "deel tot de tariefwissel van 2026-01-01"
 */
public record Kostenstap(Soort soort, LocalDate van, LocalDate tot, BigDecimal hoeveelheid, Eenheid eenheid,
                         Tarief tarief, BigDecimal bedrag, Bron bron, String omschrijving) {

    public enum Soort {
        /** A part of the line's validity priced at the tariff in force in it. */
        TARIEFDEEL,
        /** The full price of a traject. */
        TRAJECT,
        /** The month amount of a traject: its price divided by a number of months. */
        MAANDBEDRAG,
        /** The month amount times the months delivered, at most the full price. */
        NAAR_RATO
    }
}
