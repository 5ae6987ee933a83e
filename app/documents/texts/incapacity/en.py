"""The incapacity forms' sentences in English, by key (the keys are the same in every language).

Words shared with the other documents (national register number, address, signature…) come
from app/documents/texts/en.py.
"""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "title_certificate_employee": "Certificate of incapacity for work",
    "subtitle_certificate_employee": (
        "Workers, employees and the unemployed · for the medical adviser"
    ),
    "title_certificate_self_employed": "Certificate of incapacity for work",
    "subtitle_certificate_self_employed": "Self-employed · for the medical adviser",
    "title_secondary_activity": "Declaration of a secondary self-employed activity",
    "subtitle_secondary_activity": "During an incapacity for work · for the medical adviser",
    "title_return_employee": "Return to work",
    "subtitle_return_employee": "Workers, employees and the unemployed",
    "title_return_self_employed": "Return to work",
    "subtitle_return_self_employed": "Self-employed",
    "title_resumption_employee": "Request for a partial resumption of work",
    "subtitle_resumption_employee": (
        "Authorised work during an incapacity · workers, employees and the unemployed"
    ),
    "title_resumption_self_employed": "Request for a partial resumption of activity",
    "subtitle_resumption_self_employed": (
        "Authorised activity during an incapacity · self-employed"
    ),
    "title_voluntary_work": "Request to do voluntary work",
    "subtitle_voluntary_work": "During an incapacity for work · for the medical adviser",
    "send_to": "Send this form to the medical adviser, at your agency: {agency}, {address}.",
    "section_member": "The member",
    "federation": "Federation",
    "agency": "Your agency",
    "work_status": "Work status",
    "status_worker": "worker",
    "status_employee": "employee",
    "status_unemployed": "unemployed",
    "status_self_employed": "self-employed",
    "incapacity_since": "Incapacity for work since",
    "date_letters": "DDMMYYYY",
    "yes": "yes",
    "no": "no",
    "section_member_part": "To be filled in by the member",
    "employer_or_fund": (
        "Employer (name and address), or your unemployment benefit fund if you are unemployed"
    ),
    "last_day_worked": "Last day worked",
    "accident_question": "Is your incapacity the result of an accident?",
    "accident_work": "yes, at work or on the way to work",
    "accident_other": "yes, another accident (someone else may be responsible)",
    "activity": "Your self-employed activity (what you do)",
    "enterprise_number": "Enterprise number",
    "social_fund": "Social insurance fund for the self-employed",
    "activity_stopped_on": "Activity stopped on",
    "activity_continued": "Does someone carry on your activity during your incapacity?",
    "continued_by": "If so, who (spouse, partner, employee)?",
    "section_doctor": "Confidential · to be filled in by the doctor, for the medical adviser",
    "doctor_note": (
        "This part holds medical information: send the certificate in an envelope addressed to "
        "the medical adviser and marked “Confidential”."
    ),
    "diagnosis": "Diagnosis",
    "incapacity_from": "Incapacity for work from",
    "incapacity_until": "Until and including (probable end date, required)",
    "hospitalised": "Hospitalised?",
    "hospitalised_from": "If so, admitted on",
    "may_go_out": "May the patient leave home?",
    "cause": "The incapacity results from",
    "cause_illness": "an illness",
    "cause_accident": "an accident",
    "cause_pregnancy": "a pregnancy-related illness",
    "doctor_name": "Doctor's name and INAMI number",
    "doctor_address": "Doctor's address",
    "doctor_signature": "Date, signature and stamp of the doctor",
    "member_signature": "Date and signature of the member",
    "section_activity": "Your secondary self-employed activity",
    "activity_since": "Carried on since",
    "activity_hours": "Hours a week",
    "activity_income": "Expected income a year (€)",
    "activity_before": "Did you carry on this activity before your incapacity?",
    "activity_during": "Do you wish to carry it on during your incapacity?",
    "section_return": "Your return",
    "return_as": "I resume",
    "return_work": "work",
    "return_unemployment": "unemployment (as a job seeker)",
    "return_on": "Date I resume (first day of work or of unemployment)",
    "return_employer": "Employer, or unemployment benefit fund (name and address)",
    "return_activity": "I resume my self-employed activity",
    "return_fully": "fully",
    "return_partly": "partly (ask for it with the partial resumption form)",
    "return_last_day": "Your incapacity ends on the day before this date.",
    "section_request": "The request",
    "starts_on": "First day of work",
    "employer": "Employer (name and address)",
    "resumed_activity": "The activity you resume (what you do)",
    "work_hours": "Hours worked a week",
    "reference_hours": "Hours a week of a full-time worker in the same job",
    "reference_hours_self_employed": "Your usual hours a week before the incapacity",
    "work_fraction": "Share of a full time",
    "job_description": "The work you will do, and its schedule",
    "expected_cut": "Expected cut in your indemnity",
    "request_declaration": (
        "I ask the medical adviser to authorise this partial resumption during my incapacity "
        "for work."
    ),
    "section_voluntary": "The voluntary work",
    "organisation": "Organisation (name and address)",
    "voluntary_what": "What you will do",
    "voluntary_starts_on": "Start date",
    "voluntary_hours": "Hours a week",
    "voluntary_allowance": "Allowance",
    "allowance_none": "none",
    "allowance_flat": "flat-rate expenses",
    "allowance_actual": "actual expenses",
    "voluntary_declaration": (
        "I ask the medical adviser to authorise this voluntary work during my incapacity for work."
    ),
    "section_declaration": "Declaration",
    "section_rules": "What the rules say",
    "rule_declaration_intro": (
        "Your certificate must reach the medical adviser within these calendar days of the "
        "first day of incapacity:"
    ),
    "rule_declaration_counted": "{status}: {days} days, the first day counted;",
    "rule_declaration_not_counted": "{status}: {days} days, the first day not counted;",
    "rule_declaration_yours": ("For your incapacity since {start}: by {deadline} at the latest."),
    "rule_next_working_day": (
        "A deadline that falls on a Saturday, a Sunday or a public holiday moves to the next "
        "working day."
    ),
    "rule_prolongation": (
        "If your incapacity goes on, a new certificate must start on the day after the "
        "previous one ends, cover every calendar day, and reach us within {hours} hours after "
        "the previous one's last day."
    ),
    "rule_late": (
        "A certificate that arrives late costs {rate} of your indemnity from the first paid "
        "day until the day it arrives."
    ),
    "rule_grace_one": (
        "Self-employed: once per incapacity, a certificate late by {months} month at most "
        "costs nothing."
    ),
    "rule_grace_many": (
        "Self-employed: once per incapacity, a certificate late by {months} months at most "
        "costs nothing."
    ),
    "rule_electronic": (
        "If your doctor sends the certificate to us electronically, you do not send it on "
        "paper. An electronic certificate covers {months} months at most."
    ),
    "rule_relapse": (
        "Falling ill again within {days} days after resuming (first year of incapacity), or "
        "{months} months (invalidity), is a relapse: send a certificate within {hours} hours."
    ),
    "rule_return_notice": "Send this form within {days} days after the date you resume.",
    "rule_return_early": (
        "If you resume before the end date on your certificate, the indemnity paid for the "
        "days you worked is reclaimed."
    ),
    "rule_activity": (
        "Any activity during an incapacity needs the medical adviser's authorisation; "
        "working without it can cost you the indemnity paid."
    ),
    "rule_resumption_deadline_one": (
        "The request must reach the medical adviser {days} working day before the first day "
        "of work at the latest."
    ),
    "rule_resumption_deadline_many": (
        "The request must reach the medical adviser {days} working days before the first day "
        "of work at the latest."
    ),
    "rule_activity_deadline_one": (
        "This declaration must reach the medical adviser {days} working day before you carry on"
        " the activity during your incapacity, at the latest."
    ),
    "rule_activity_deadline_many": (
        "This declaration must reach the medical adviser {days} working days before you carry "
        "on the activity during your incapacity, at the latest."
    ),
    "rule_resumption_yours": "For a start on {start}: by {deadline} at the latest.",
    "rule_resumption_late": (
        "If it arrives later, but within {days} days after the start, your indemnity is cut "
        "by {rate} from the start until the day you send it; later still, you receive no "
        "indemnity from the start."
    ),
    "rule_resumption_cut": (
        "While you work part time, your indemnity is cut by the share of a full time you "
        "work, minus {free}: half time, {example}."
    ),
    "rule_resumption_employee_start": (
        "You may start before the medical adviser decides; if the adviser refuses, you must "
        "stop at once."
    ),
    "rule_resumption_self_employed_start": (
        "You may start only once the medical adviser has authorised it."
    ),
    "rule_resumption_max": (
        "An authorisation lasts {months} months at most: ask again before it ends."
    ),
    "rule_voluntary": (
        "Voluntary work during an incapacity needs the medical adviser's authorisation "
        "before you start: send this request in good time."
    ),
}
