"""The accident declaration's sentences in Dutch, by key (the same keys in every language)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "title": "Aangifte van een ongeval",
    "subtitle": "Vragenlijst van het ziekenfonds · terug te sturen naar de Dienst Ongevallen",
    "reference": "Aangifte nr. {number}",
    "presumed_on": "Zorg van {date}",
    "due_on": "Terug te sturen uiterlijk op {date}",
    "section_member": "Het lid",
    "federation": "Federatie",
    "agency": "Uw kantoor",
    "section_care": "De zorg die tot deze aangifte leidde",
    "care_date": "Datum",
    "care_code": "Code",
    "care_label": "Zorg",
    "care_provider": "Zorgverlener",
    "section_why": "Waarom we dit vragen",
    "why_obligation": (
        "Sommige zorg doet een ongeval vermoeden. De wet verplicht u deze aangifte in te vullen "
        "en terug te sturen, ook als het geen ongeval was (art. 136 § 2 van de wet "
        "gecoördineerd op 14 juli 1994)."
    ),
    "why_subrogation": (
        "Het ziekenfonds betaalt uw zorg voorlopig. Is iemand anders aansprakelijk, dan "
        "vordert het ziekenfonds wat het betaalde van die persoon of diens verzekeraar terug; "
        "u kunt niet twee keer vergoed worden. Meld ons elke regeling: zonder zijn toestemming "
        "bindt ze het ziekenfonds niet."
    ),
    "why_block": (
        "Ontvangen we ze niet uiterlijk op {date}, dan worden de terugbetalingen van uw gezin "
        "opgeschort tot we ze ontvangen."
    ),
    "section_questions": "Wat er gebeurde",
    "was_accident": "Was het een ongeval?",
    "kind": "Waar gebeurde het?",
    "kind_work": "op het werk of op weg naar het werk",
    "kind_school": "op school",
    "kind_road": "op de weg",
    "kind_sport": "tijdens het sporten",
    "kind_home": "thuis of in het privéleven",
    "kind_other": "elders",
    "kind_not_an_accident": "het was geen ongeval",
    "happened_on": "Datum van het ongeval",
    "place": "Plaats (straat, gemeente)",
    "description": "Wat er gebeurde",
    "third_party": "Is iemand anders aansprakelijk?",
    "third_party_name": "Naam van de aansprakelijke",
    "third_party_address": "Adres",
    "insurer": "Verzekeraar",
    "policy_number": "Polisnummer",
    "police_report": "Nummer van het proces-verbaal",
    "answer_yes": "Ja, het was een ongeval.",
    "answer_no": "Nee, het was geen ongeval.",
    "nothing": "—",
    "section_send": "Waar u ze naartoe stuurt",
    "send_letterbox": "In de brievenbus van uw kantoor: {agency}, {address}.",
    "send_envelope": "Per post, in de voorgefrankeerde omslag.",
    "send_email": "Per e-mail: {email}.",
    "send_questions": "Vragen? De Dienst Ongevallen: {phone}.",
    "section_declaration": "Verklaring",
    "declaration_accident": (
        "Ik verklaar dat mijn antwoorden juist en volledig zijn, en ik meld het ziekenfonds "
        "elke vergoeding of regeling."
    ),
}
