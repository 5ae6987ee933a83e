"""The appointment confirmation's sentences in English."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "appointment_title": "Confirmation of your appointment",
    "appointment_intro": "Your appointment is booked. Please keep this confirmation.",
    "appointment_section_who": "Your appointment",
    "appointment_with": "With",
    "appointment_when": "When",
    "appointment_where": "Where",
    "appointment_subject": "Subject",
    "appointment_reference": "Appointment number",
    "appointment_at": "{weekday} {date} at {hour}:{minute}",
    "appointment_brussels_time": "Belgian time, for about {minutes} minutes",
    "service_adviser": "An adviser",
    "service_social": "The social service",
    "service_medical": "The medical adviser",
    "appointment_bring_title": "What to bring",
    "appointment_bring": (
        "Your electronic identity card (eID): we identify you with it at the counter. Bring "
        "also the documents about your question (letters, certificates, invoices)."
    ),
    "appointment_medical_absence": (
        "If you cannot come, tell us beforehand: an unjustified absence from an appointment "
        "with the medical adviser can stop your benefits."
    ),
    "appointment_change_title": "To move or cancel it",
    "appointment_change": (
        "At a Guichet terminal in one of our offices (insert your eID card, then "
        '"Appointments"), at the counter, or by calling the office on {phone}. If you cannot '
        "come, please cancel: someone else can then have the time."
    ),
    "appointment_change_no_phone": (
        "At a Guichet terminal in one of our offices (insert your eID card, then "
        '"Appointments") or at the counter. If you cannot come, please cancel: someone else '
        "can then have the time."
    ),
    "printed_on": "Printed on {date}",
    "weekday_0": "Monday",
    "weekday_1": "Tuesday",
    "weekday_2": "Wednesday",
    "weekday_3": "Thursday",
    "weekday_4": "Friday",
    "weekday_5": "Saturday",
    "weekday_6": "Sunday",
}
