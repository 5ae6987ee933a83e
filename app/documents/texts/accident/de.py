"""The accident declaration's sentences in German, by key (the same keys in every language)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "title": "Unfallerklärung",
    "subtitle": "Fragebogen der Krankenkasse · an den Unfalldienst zurückzusenden",
    "reference": "Erklärung Nr. {number}",
    "presumed_on": "Behandlung vom {date}",
    "due_on": "Zurückzusenden bis spätestens {date}",
    "section_member": "Das Mitglied",
    "federation": "Verband",
    "agency": "Ihre Geschäftsstelle",
    "section_care": "Die Behandlung, die zu dieser Erklärung führte",
    "care_date": "Datum",
    "care_code": "Code",
    "care_label": "Behandlung",
    "care_provider": "Leistungserbringer",
    "section_why": "Warum wir danach fragen",
    "why_obligation": (
        "Manche Behandlungen lassen einen Unfall vermuten. Das Gesetz verpflichtet Sie, diese "
        "Erklärung auszufüllen und zurückzusenden, auch wenn es kein Unfall war (Art. 136 § 2 "
        "des am 14. Juli 1994 koordinierten Gesetzes)."
    ),
    "why_subrogation": (
        "Die Krankenkasse zahlt Ihre Behandlung vorläufig. Haftet ein Dritter, fordert sie das "
        "Gezahlte von ihm oder seiner Versicherung zurück; Sie können nicht doppelt entschädigt "
        "werden. Melden Sie uns jede Einigung: Ohne ihre Zustimmung bindet sie die Krankenkasse "
        "nicht."
    ),
    "why_block": (
        "Erhalten wir sie nicht bis spätestens {date}, werden die Erstattungen Ihres Haushalts "
        "bis zu ihrem Eingang zurückgehalten."
    ),
    "section_questions": "Was geschehen ist",
    "was_accident": "War es ein Unfall?",
    "kind": "Wo ist es geschehen?",
    "kind_work": "bei der Arbeit oder auf dem Arbeitsweg",
    "kind_school": "in der Schule",
    "kind_road": "im Straßenverkehr",
    "kind_sport": "beim Sport",
    "kind_home": "zu Hause oder im Privatleben",
    "kind_other": "anderswo",
    "kind_not_an_accident": "es war kein Unfall",
    "happened_on": "Datum des Unfalls",
    "place": "Ort (Straße, Gemeinde)",
    "description": "Was geschehen ist",
    "third_party": "Haftet ein Dritter?",
    "third_party_name": "Name des Haftenden",
    "third_party_address": "Seine Anschrift",
    "insurer": "Seine Versicherung",
    "policy_number": "Policennummer",
    "police_report": "Nummer des Polizeiprotokolls",
    "answer_yes": "Ja, es war ein Unfall.",
    "answer_no": "Nein, es war kein Unfall.",
    "nothing": "—",
    "section_send": "Wohin Sie sie senden",
    "send_letterbox": "In den Briefkasten Ihrer Geschäftsstelle: {agency}, {address}.",
    "send_envelope": "Per Post, im freigemachten Umschlag.",
    "send_email": "Per E-Mail: {email}.",
    "send_questions": "Fragen? Der Unfalldienst: {phone}.",
    "section_declaration": "Erklärung",
    "declaration_accident": (
        "Ich erkläre, dass meine Antworten wahr und vollständig sind, und melde der "
        "Krankenkasse jede Entschädigung oder Einigung."
    ),
}
