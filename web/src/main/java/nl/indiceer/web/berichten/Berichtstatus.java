package nl.indiceer.web.berichten;

/** Where an outgoing message is: recorded, in the recipient's folder, answered by a retour message, or rejected. */
public enum Berichtstatus {
    AANGEMAAKT, VERZONDEN, RETOUR_ONTVANGEN, AFGEKEURD
}
