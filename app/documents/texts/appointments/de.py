"""Die Sätze der Terminbestätigung, auf Deutsch."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "appointment_title": "Bestätigung Ihres Termins",
    "appointment_intro": "Ihr Termin ist gebucht. Bitte bewahren Sie diese Bestätigung auf.",
    "appointment_section_who": "Ihr Termin",
    "appointment_with": "Bei",
    "appointment_when": "Wann",
    "appointment_where": "Wo",
    "appointment_subject": "Betreff",
    "appointment_reference": "Terminnummer",
    "appointment_at": "{weekday}, {date}, um {hour}:{minute} Uhr",
    "appointment_brussels_time": "belgische Zeit, für etwa {minutes} Minuten",
    "service_adviser": "Ein Berater",
    "service_social": "Der Sozialdienst",
    "service_medical": "Der Vertrauensarzt",
    "appointment_bring_title": "Bitte mitbringen",
    "appointment_bring": (
        "Ihren elektronischen Personalausweis (eID): damit identifizieren wir Sie am Schalter. "
        "Bringen Sie auch die Unterlagen zu Ihrer Frage mit (Briefe, Bescheinigungen, "
        "Rechnungen)."
    ),
    "appointment_medical_absence": (
        "Wenn Sie nicht kommen können, sagen Sie uns vorher Bescheid: ein unentschuldigtes "
        "Fehlen bei einem Termin beim Vertrauensarzt kann Ihre Leistungen stoppen."
    ),
    "appointment_change_title": "Zum Verschieben oder Absagen",
    "appointment_change": (
        "An einem Guichet-Terminal in einer unserer Geschäftsstellen (eID-Karte einstecken, "
        "dann „Termine“), am Schalter oder telefonisch bei der Geschäftsstelle unter {phone}. "
        "Wenn Sie nicht kommen können, sagen Sie bitte ab: dann kann jemand anderes den "
        "Termin bekommen."
    ),
    "appointment_change_no_phone": (
        "An einem Guichet-Terminal in einer unserer Geschäftsstellen (eID-Karte einstecken, "
        "dann „Termine“) oder am Schalter. Wenn Sie nicht kommen können, sagen Sie bitte ab: "
        "dann kann jemand anderes den Termin bekommen."
    ),
    "printed_on": "Gedruckt am {date}",
    "weekday_0": "Montag",
    "weekday_1": "Dienstag",
    "weekday_2": "Mittwoch",
    "weekday_3": "Donnerstag",
    "weekday_4": "Freitag",
    "weekday_5": "Samstag",
    "weekday_6": "Sonntag",
}
