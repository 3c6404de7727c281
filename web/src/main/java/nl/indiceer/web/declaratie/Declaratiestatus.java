package nl.indiceer.web.declaratie;

/**
 * Where a received 323 is. It is checked as it is received (in the same transaction as storing it), so it is never
 * stored as merely received: AFGEKEURD (unreadable or not for this municipality; nothing but the bytes and the reason is
 * stored), GECONTROLEERD (every prestatie checked; waiting for a back-office user to approve the 325), BEANTWOORD
 * (the 325 is in the outbox).
 */
public enum Declaratiestatus {
    AFGEKEURD, GECONTROLEERD, BEANTWOORD
}
