package nl.indiceer.web.berichten;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An incoming message as stored, whole. {@code toString} leaves out the content and the reason (which may quote it).
 *
 * @param soort            JW315, WMO305 ...; null when the message could not be read
 * @param status           AFGEKEURD, TE_BEHANDELEN or VERWERKT
 * @param reden            why it was rejected or must be handled (Dutch); null when processed
 * @param regel            the line of the first reason for rejection
 * @param aanvraagId       the draft request a 315 became
 * @param toewijzingnummer the allocation a 305/307 is about (the first one named)
 * @param datum            a 305's start date, a 307's end date
 * @param controle         what to check by hand before deciding (a code of {@link Inkoopcontrole}); null when nothing
 * @param uitgaandBerichtId a retour message (302, 320): the outgoing message it answers
 */
public record InkomendBericht(long id, String gemeentecode, String soort, String afzender, String identificatie,
                              byte[] inhoud, String status, String reden, Integer regel, Long clientId, Long aanvraagId,
                              Long toewijzingnummer, LocalDate datum, OffsetDateTime ontvangen, String ontvangenDoor,
                              String controle, Long uitgaandBerichtId) {

    public String tekst() {
        return new String(inhoud, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "InkomendBericht[" + id + ", " + soort + ", " + status + "]";
    }
}
