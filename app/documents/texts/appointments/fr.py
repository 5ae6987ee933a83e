"""Les phrases de la confirmation de rendez-vous, en français."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "appointment_title": "Confirmation de votre rendez-vous",
    "appointment_intro": "Votre rendez-vous est fixé. Conservez cette confirmation.",
    "appointment_section_who": "Votre rendez-vous",
    "appointment_with": "Avec",
    "appointment_when": "Quand",
    "appointment_where": "Où",
    "appointment_subject": "Objet",
    "appointment_reference": "Numéro du rendez-vous",
    "appointment_at": "le {weekday} {date} à {hour} h {minute}",
    "appointment_brussels_time": "heure belge, pendant environ {minutes} minutes",
    "service_adviser": "Un conseiller",
    "service_social": "Le service social",
    "service_medical": "Le médecin-conseil",
    "appointment_bring_title": "À apporter",
    "appointment_bring": (
        "Votre carte d'identité électronique (eID) : nous vous identifions avec elle au "
        "guichet. Apportez aussi les documents liés à votre question (courriers, certificats, "
        "factures)."
    ),
    "appointment_medical_absence": (
        "Si vous ne pouvez pas venir, prévenez-nous à l'avance : une absence injustifiée à un "
        "rendez-vous chez le médecin-conseil peut suspendre vos indemnités."
    ),
    "appointment_change_title": "Pour le déplacer ou l'annuler",
    "appointment_change": (
        "À une borne Guichet dans l'une de nos agences (insérez votre carte eID, puis "
        "« Rendez-vous »), au guichet, ou en appelant l'agence au {phone}. Si vous ne pouvez "
        "pas venir, annulez-le : quelqu'un d'autre pourra prendre ce moment."
    ),
    "appointment_change_no_phone": (
        "À une borne Guichet dans l'une de nos agences (insérez votre carte eID, puis "
        "« Rendez-vous ») ou au guichet. Si vous ne pouvez pas venir, annulez-le : quelqu'un "
        "d'autre pourra prendre ce moment."
    ),
    "printed_on": "Imprimé le {date}",
    "weekday_0": "lundi",
    "weekday_1": "mardi",
    "weekday_2": "mercredi",
    "weekday_3": "jeudi",
    "weekday_4": "vendredi",
    "weekday_5": "samedi",
    "weekday_6": "dimanche",
}
