"""Die Sätze der Formulare zur Arbeitsunfähigkeit auf Deutsch, nach Schlüssel (dieselben in jeder
Sprache).

Wörter, die die anderen Dokumente teilen (Nationalregisternummer, Adresse, Unterschrift…),
stammen aus app/documents/texts/de.py.
"""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "title_certificate_employee": "Bescheinigung der Arbeitsunfähigkeit",
    "subtitle_certificate_employee": (
        "Arbeiter, Angestellte und Arbeitslose · für den Vertrauensarzt"
    ),
    "title_certificate_self_employed": "Bescheinigung der Arbeitsunfähigkeit",
    "subtitle_certificate_self_employed": "Selbständige · für den Vertrauensarzt",
    "title_secondary_activity": "Erklärung einer selbständigen Nebentätigkeit",
    "subtitle_secondary_activity": "Während einer Arbeitsunfähigkeit · für den Vertrauensarzt",
    "title_return_employee": "Wiederaufnahme der Arbeit",
    "subtitle_return_employee": "Arbeiter, Angestellte und Arbeitslose",
    "title_return_self_employed": "Wiederaufnahme der Arbeit",
    "subtitle_return_self_employed": "Selbständige",
    "title_resumption_employee": "Antrag auf teilweise Wiederaufnahme der Arbeit",
    "subtitle_resumption_employee": (
        "Erlaubte Arbeit während einer Arbeitsunfähigkeit · Arbeiter, Angestellte und Arbeitslose"
    ),
    "title_resumption_self_employed": "Antrag auf teilweise Wiederaufnahme der Tätigkeit",
    "subtitle_resumption_self_employed": (
        "Erlaubte Tätigkeit während einer Arbeitsunfähigkeit · Selbständige"
    ),
    "title_voluntary_work": "Antrag auf Ausübung einer ehrenamtlichen Tätigkeit",
    "subtitle_voluntary_work": "Während einer Arbeitsunfähigkeit · für den Vertrauensarzt",
    "send_to": (
        "Senden Sie dieses Formular an den Vertrauensarzt, in Ihrer Geschäftsstelle: {agency}, "
        "{address}."
    ),
    "section_member": "Das Mitglied",
    "federation": "Verband",
    "agency": "Ihre Geschäftsstelle",
    "work_status": "Berufsstatus",
    "status_worker": "Arbeiter",
    "status_employee": "Angestellter",
    "status_unemployed": "Arbeitsloser",
    "status_self_employed": "Selbständiger",
    "incapacity_since": "Arbeitsunfähig seit",
    "date_letters": "TTMMJJJJ",
    "yes": "ja",
    "no": "nein",
    "section_member_part": "Vom Mitglied auszufüllen",
    "employer_or_fund": (
        "Arbeitgeber (Name und Anschrift) oder, wenn Sie arbeitslos sind, Ihre Zahlstelle für "
        "das Arbeitslosengeld"
    ),
    "last_day_worked": "Letzter Arbeitstag",
    "accident_question": "Ist Ihre Arbeitsunfähigkeit die Folge eines Unfalls?",
    "accident_work": "ja, ein Arbeitsunfall oder ein Wegeunfall",
    "accident_other": "ja, ein anderer Unfall (ein Dritter kann haftbar sein)",
    "activity": "Ihre selbständige Tätigkeit (was Sie tun)",
    "enterprise_number": "Unternehmensnummer",
    "social_fund": "Sozialversicherungskasse für Selbständige",
    "activity_stopped_on": "Tätigkeit eingestellt am",
    "activity_continued": "Führt jemand Ihre Tätigkeit während Ihrer Arbeitsunfähigkeit fort?",
    "continued_by": "Wenn ja, wer (Ehepartner, Partner, Arbeitnehmer)?",
    "section_doctor": "Vertraulich · vom Arzt auszufüllen, für den Vertrauensarzt",
    "doctor_note": (
        "Dieser Teil enthält medizinische Angaben: Senden Sie die Bescheinigung in einem an "
        "den Vertrauensarzt gerichteten Umschlag mit dem Vermerk „Vertraulich“."
    ),
    "diagnosis": "Diagnose",
    "incapacity_from": "Arbeitsunfähig vom",
    "incapacity_until": "Bis einschließlich (voraussichtliches Enddatum, Pflichtangabe)",
    "hospitalised": "Krankenhausaufenthalt?",
    "hospitalised_from": "Wenn ja, aufgenommen am",
    "may_go_out": "Darf der Patient das Haus verlassen?",
    "cause": "Die Arbeitsunfähigkeit ist die Folge",
    "cause_illness": "einer Krankheit",
    "cause_accident": "eines Unfalls",
    "cause_pregnancy": "einer schwangerschaftsbedingten Krankheit",
    "doctor_name": "Name und LIKIV-Nummer des Arztes",
    "doctor_address": "Anschrift des Arztes",
    "doctor_signature": "Datum, Unterschrift und Stempel des Arztes",
    "member_signature": "Datum und Unterschrift des Mitglieds",
    "section_activity": "Ihre selbständige Nebentätigkeit",
    "activity_since": "Ausgeübt seit",
    "activity_hours": "Stunden pro Woche",
    "activity_income": "Erwartetes Jahreseinkommen (€)",
    "activity_before": "Haben Sie diese Tätigkeit vor Ihrer Arbeitsunfähigkeit ausgeübt?",
    "activity_during": "Möchten Sie sie während Ihrer Arbeitsunfähigkeit fortführen?",
    "section_return": "Ihre Wiederaufnahme",
    "return_as": "Ich nehme wieder auf",
    "return_work": "die Arbeit",
    "return_unemployment": "die Arbeitslosigkeit (als Arbeitsuchender)",
    "return_on": "Datum der Wiederaufnahme (erster Arbeits- oder Arbeitslosentag)",
    "return_employer": (
        "Arbeitgeber oder Zahlstelle für das Arbeitslosengeld (Name und Anschrift)"
    ),
    "return_activity": "Ich nehme meine selbständige Tätigkeit wieder auf",
    "return_fully": "vollständig",
    "return_partly": "teilweise (beantragen Sie es mit dem Formular zur teilweisen Wiederaufnahme)",
    "return_last_day": "Ihre Arbeitsunfähigkeit endet am Tag vor diesem Datum.",
    "section_request": "Der Antrag",
    "starts_on": "Erster Arbeitstag",
    "employer": "Arbeitgeber (Name und Anschrift)",
    "resumed_activity": "Die Tätigkeit, die Sie wieder aufnehmen (was Sie tun)",
    "work_hours": "Gearbeitete Stunden pro Woche",
    "reference_hours": "Wochenstunden eines Vollzeitbeschäftigten in derselben Funktion",
    "reference_hours_self_employed": "Ihre üblichen Wochenstunden vor der Arbeitsunfähigkeit",
    "work_fraction": "Anteil einer Vollzeitstelle",
    "job_description": "Die Arbeit, die Sie leisten werden, und ihr Zeitplan",
    "expected_cut": "Erwartete Kürzung Ihrer Entschädigung",
    "request_declaration": (
        "Ich beantrage beim Vertrauensarzt, diese teilweise Wiederaufnahme während meiner "
        "Arbeitsunfähigkeit zu erlauben."
    ),
    "section_voluntary": "Die ehrenamtliche Tätigkeit",
    "organisation": "Organisation (Name und Anschrift)",
    "voluntary_what": "Was Sie tun werden",
    "voluntary_starts_on": "Beginn",
    "voluntary_hours": "Stunden pro Woche",
    "voluntary_allowance": "Entschädigung",
    "allowance_none": "keine",
    "allowance_flat": "pauschale Kosten",
    "allowance_actual": "tatsächliche Kosten",
    "voluntary_declaration": (
        "Ich beantrage beim Vertrauensarzt, diese ehrenamtliche Tätigkeit während meiner "
        "Arbeitsunfähigkeit zu erlauben."
    ),
    "section_declaration": "Erklärung",
    "section_rules": "Was die Regeln sagen",
    "rule_declaration_intro": (
        "Ihre Bescheinigung muss den Vertrauensarzt binnen so vieler Kalendertage ab dem "
        "ersten Tag der Arbeitsunfähigkeit erreichen:"
    ),
    "rule_declaration_counted": "{status}: {days} Tage, der erste Tag mitgezählt;",
    "rule_declaration_not_counted": "{status}: {days} Tage, der erste Tag nicht mitgezählt;",
    "rule_declaration_yours": (
        "Für Ihre Arbeitsunfähigkeit seit dem {start}: spätestens am {deadline}."
    ),
    "rule_next_working_day": (
        "Eine Frist, die an einem Samstag, Sonntag oder Feiertag endet, verschiebt sich auf "
        "den nächsten Werktag."
    ),
    "rule_prolongation": (
        "Dauert Ihre Arbeitsunfähigkeit an, muss eine neue Bescheinigung am Tag nach dem Ende "
        "der vorigen beginnen, jeden Kalendertag abdecken und uns binnen {hours} Stunden nach "
        "dem letzten Tag der vorigen erreichen."
    ),
    "rule_late": (
        "Eine verspätete Bescheinigung kostet Sie {rate} Ihrer Entschädigung ab dem ersten "
        "entschädigten Tag bis zum Tag ihres Eingangs."
    ),
    "rule_grace_one": (
        "Selbständige: Einmal pro Arbeitsunfähigkeit kostet eine Bescheinigung, die höchstens "
        "{months} Monat zu spät ist, nichts."
    ),
    "rule_grace_many": (
        "Selbständige: Einmal pro Arbeitsunfähigkeit kostet eine Bescheinigung, die höchstens "
        "{months} Monate zu spät ist, nichts."
    ),
    "rule_electronic": (
        "Sendet Ihr Arzt uns die Bescheinigung elektronisch, senden Sie sie nicht auf Papier. "
        "Eine elektronische Bescheinigung deckt höchstens {months} Monate ab."
    ),
    "rule_relapse": (
        "Erkranken Sie binnen {days} Tagen nach der Wiederaufnahme erneut (erstes Jahr der "
        "Arbeitsunfähigkeit), oder binnen {months} Monaten (Invalidität), ist das ein Rückfall: "
        "Senden Sie binnen {hours} Stunden eine Bescheinigung."
    ),
    "rule_return_notice": (
        "Senden Sie dieses Formular binnen {days} Tagen nach dem Datum der Wiederaufnahme."
    ),
    "rule_return_early": (
        "Nehmen Sie vor dem Enddatum Ihrer Bescheinigung wieder auf, wird die für die "
        "gearbeiteten Tage gezahlte Entschädigung zurückgefordert."
    ),
    "rule_activity": (
        "Jede Tätigkeit während einer Arbeitsunfähigkeit bedarf der Erlaubnis des "
        "Vertrauensarztes; ohne sie zu arbeiten kann Sie die gezahlte Entschädigung kosten."
    ),
    "rule_resumption_deadline_one": (
        "Der Antrag muss den Vertrauensarzt spätestens {days} Werktag vor dem ersten "
        "Arbeitstag erreichen."
    ),
    "rule_resumption_deadline_many": (
        "Der Antrag muss den Vertrauensarzt spätestens {days} Werktage vor dem ersten "
        "Arbeitstag erreichen."
    ),
    "rule_activity_deadline_one": (
        "Diese Erklärung muss den Vertrauensarzt spätestens {days} Werktag vor der Fortführung "
        "der Tätigkeit während Ihrer Arbeitsunfähigkeit erreichen."
    ),
    "rule_activity_deadline_many": (
        "Diese Erklärung muss den Vertrauensarzt spätestens {days} Werktage vor der Fortführung"
        " der Tätigkeit während Ihrer Arbeitsunfähigkeit erreichen."
    ),
    "rule_resumption_yours": "Für einen Beginn am {start}: spätestens am {deadline}.",
    "rule_resumption_late": (
        "Trifft er später ein, aber binnen {days} Tagen nach dem Beginn, wird Ihre "
        "Entschädigung vom Beginn bis zum Tag der Absendung um {rate} gekürzt; noch später "
        "erhalten Sie ab dem Beginn keine Entschädigung."
    ),
    "rule_resumption_cut": (
        "Während der Teilzeitarbeit wird Ihre Entschädigung um den Anteil einer Vollzeitstelle "
        "gekürzt, den Sie arbeiten, abzüglich {free}: halbtags {example}."
    ),
    "rule_resumption_employee_start": (
        "Sie dürfen vor der Entscheidung des Vertrauensarztes beginnen; lehnt er ab, müssen "
        "Sie sofort aufhören."
    ),
    "rule_resumption_self_employed_start": (
        "Sie dürfen erst beginnen, wenn der Vertrauensarzt es erlaubt hat."
    ),
    "rule_resumption_max": (
        "Eine Erlaubnis gilt höchstens {months} Monate: Beantragen Sie sie vor ihrem Ablauf erneut."
    ),
    "rule_voluntary": (
        "Eine ehrenamtliche Tätigkeit während einer Arbeitsunfähigkeit bedarf der Erlaubnis "
        "des Vertrauensarztes vor dem Beginn: Senden Sie diesen Antrag rechtzeitig."
    ),
}
