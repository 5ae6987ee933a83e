"""De zinnen van de afspraakbevestiging, in het Nederlands."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "appointment_title": "Bevestiging van uw afspraak",
    "appointment_intro": "Uw afspraak is vastgelegd. Bewaar deze bevestiging.",
    "appointment_section_who": "Uw afspraak",
    "appointment_with": "Met",
    "appointment_when": "Wanneer",
    "appointment_where": "Waar",
    "appointment_subject": "Onderwerp",
    "appointment_reference": "Nummer van de afspraak",
    "appointment_at": "{weekday} {date} om {hour}.{minute} uur",
    "appointment_brussels_time": "Belgische tijd, ongeveer {minutes} minuten",
    "service_adviser": "Een adviseur",
    "service_social": "De sociale dienst",
    "service_medical": "De adviserend arts",
    "appointment_bring_title": "Mee te brengen",
    "appointment_bring": (
        "Uw elektronische identiteitskaart (eID): daarmee identificeren wij u aan het loket. "
        "Breng ook de documenten over uw vraag mee (brieven, attesten, facturen)."
    ),
    "appointment_medical_absence": (
        "Kunt u niet komen, verwittig ons dan vooraf: een ongewettigde afwezigheid op een "
        "afspraak bij de adviserend arts kan uw uitkeringen doen stoppen."
    ),
    "appointment_change_title": "Om ze te verplaatsen of te annuleren",
    "appointment_change": (
        "Aan een Guichet-zuil in een van onze kantoren (steek uw eID-kaart in, dan "
        "„Afspraken”), aan het loket, of door het kantoor te bellen op {phone}. Kunt u niet "
        "komen, annuleer dan: iemand anders kan dan dat moment krijgen."
    ),
    "appointment_change_no_phone": (
        "Aan een Guichet-zuil in een van onze kantoren (steek uw eID-kaart in, dan "
        "„Afspraken”) of aan het loket. Kunt u niet komen, annuleer dan: iemand anders kan "
        "dan dat moment krijgen."
    ),
    "printed_on": "Afgedrukt op {date}",
    "weekday_0": "maandag",
    "weekday_1": "dinsdag",
    "weekday_2": "woensdag",
    "weekday_3": "donderdag",
    "weekday_4": "vrijdag",
    "weekday_5": "zaterdag",
    "weekday_6": "zondag",
}
