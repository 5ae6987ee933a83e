"""The accident declaration's sentences in English, by key (the same keys in every language)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "title": "Accident declaration",
    "subtitle": "Questionnaire of the mutuality · to return to the Accidents service",
    "reference": "Declaration no. {number}",
    "presumed_on": "Care from {date}",
    "due_on": "To return by {date}",
    "section_member": "The member",
    "federation": "Federation",
    "agency": "Your agency",
    "section_care": "The care that raised this declaration",
    "care_date": "Date",
    "care_code": "Code",
    "care_label": "Care",
    "care_provider": "Provider",
    "section_why": "Why we ask",
    "why_obligation": (
        "Some care suggests an accident. The law obliges you to fill in and return this "
        "declaration, even if it was not an accident (art. 136 § 2 of the law coordinated on "
        "14 July 1994)."
    ),
    "why_subrogation": (
        "The mutuality pays your care provisionally. If someone else is liable, the mutuality "
        "recovers what it paid from them or their insurer; you may not be compensated twice. "
        "Tell us of any settlement: it does not bind the mutuality without its consent."
    ),
    "why_block": (
        "If we do not receive it by {date}, the reimbursements of your household are held "
        "until we do."
    ),
    "section_questions": "What happened",
    "was_accident": "Was it an accident?",
    "kind": "Where did it happen?",
    "kind_work": "at work or on the way to work",
    "kind_school": "at school",
    "kind_road": "on the road",
    "kind_sport": "during sport",
    "kind_home": "at home or in private life",
    "kind_other": "elsewhere",
    "kind_not_an_accident": "it was not an accident",
    "happened_on": "Date of the accident",
    "place": "Place (street, municipality)",
    "description": "What happened",
    "third_party": "Is someone else liable?",
    "third_party_name": "Name of the liable person",
    "third_party_address": "Their address",
    "insurer": "Their insurer",
    "policy_number": "Policy number",
    "police_report": "Police report number",
    "answer_yes": "Yes, it was an accident.",
    "answer_no": "No, it was not an accident.",
    "nothing": "—",
    "section_send": "Where to send it",
    "send_letterbox": "In the letterbox of your agency: {agency}, {address}.",
    "send_envelope": "By post, in the prepaid envelope.",
    "send_email": "By e-mail: {email}.",
    "send_questions": "Questions? The Accidents service: {phone}.",
    "section_declaration": "Declaration",
    "declaration_accident": (
        "I declare that my answers are true and complete, and I will tell the mutuality of any "
        "compensation or settlement."
    ),
}
