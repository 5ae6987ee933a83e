"""The accident declaration's sentences in French, by key (the same keys in every language)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "title": "Déclaration d'accident",
    "subtitle": "Questionnaire de la mutualité · à renvoyer au Service Accidents",
    "reference": "Déclaration n° {number}",
    "presumed_on": "Soins du {date}",
    "due_on": "À renvoyer au plus tard le {date}",
    "section_member": "Le membre",
    "federation": "Fédération",
    "agency": "Votre agence",
    "section_care": "Les soins à l'origine de cette déclaration",
    "care_date": "Date",
    "care_code": "Code",
    "care_label": "Soin",
    "care_provider": "Prestataire",
    "section_why": "Pourquoi nous la demandons",
    "why_obligation": (
        "Certains soins laissent supposer un accident. La loi vous oblige à compléter et à "
        "renvoyer cette déclaration, même s'il ne s'agit pas d'un accident (art. 136 § 2 de la "
        "loi coordonnée le 14 juillet 1994)."
    ),
    "why_subrogation": (
        "La mutualité paie vos soins à titre provisoire. Si un tiers est responsable, elle "
        "récupère ce qu'elle a payé auprès de lui ou de son assureur ; vous ne pouvez pas être "
        "indemnisé deux fois. Signalez-nous tout accord : il n'engage pas la mutualité sans "
        "son consentement."
    ),
    "why_block": (
        "Si nous ne la recevons pas au plus tard le {date}, les remboursements de votre ménage "
        "sont suspendus jusqu'à sa réception."
    ),
    "section_questions": "Ce qui s'est passé",
    "was_accident": "S'agit-il d'un accident ?",
    "kind": "Où s'est-il produit ?",
    "kind_work": "au travail ou sur le chemin du travail",
    "kind_school": "à l'école",
    "kind_road": "sur la route",
    "kind_sport": "pendant un sport",
    "kind_home": "à la maison ou dans la vie privée",
    "kind_other": "ailleurs",
    "kind_not_an_accident": "ce n'était pas un accident",
    "happened_on": "Date de l'accident",
    "place": "Lieu (rue, commune)",
    "description": "Ce qui s'est passé",
    "third_party": "Un tiers est-il responsable ?",
    "third_party_name": "Nom du responsable",
    "third_party_address": "Son adresse",
    "insurer": "Son assureur",
    "policy_number": "Numéro de police",
    "police_report": "Numéro du procès-verbal de police",
    "answer_yes": "Oui, il s'agit d'un accident.",
    "answer_no": "Non, il ne s'agit pas d'un accident.",
    "nothing": "—",
    "section_send": "Où la renvoyer",
    "send_letterbox": "Dans la boîte aux lettres de votre agence : {agency}, {address}.",
    "send_envelope": "Par la poste, dans l'enveloppe pré-affranchie.",
    "send_email": "Par e-mail : {email}.",
    "send_questions": "Des questions ? Le Service Accidents : {phone}.",
    "section_declaration": "Déclaration",
    "declaration_accident": (
        "Je déclare que mes réponses sont exactes et complètes, et je signalerai à la mutualité "
        "toute indemnisation ou tout accord."
    ),
}
