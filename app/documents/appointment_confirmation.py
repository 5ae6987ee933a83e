"""The printed confirmation of an appointment at an agency (issue 16 item 4).

It says who (the member, their national register number), whom they see (an adviser, the
social service, the medical adviser), when (the day and time in Belgian time, whatever the
machine's zone, and for how long), where (the agency, its address and phone), what to bring
(the eID card, the papers of their question) and how to move or cancel it. The letterhead is
the agency's. Sentences: app/documents/texts/appointments/, one module per language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph

from app.documents import layout
from app.documents.layout import markup
from app.documents.receipt import key_values
from app.documents.texts import check_language, long_date
from app.documents.texts.appointments import text
from app.domain.clock import brussels_time
from app.domain.codes import ContactService
from app.domain.niss import Niss


@dataclass(frozen=True)
class ConfirmationData:
    member_name: str
    member_niss: str
    agency_name: str
    agency_street: str  # street and number
    agency_postcode: str
    agency_municipality: str
    agency_phone: str | None
    service: str  # ContactService value
    starts_at: dt.datetime  # aware
    minutes: int
    subject: str | None
    reference: int  # the appointment's number
    printed_on: dt.date


def when(starts_at: dt.datetime, language: str) -> str:
    """ "mercredi 25 novembre 2026 à 10 h 00" and its equivalents, in Belgian time."""
    local = brussels_time(starts_at)
    return text(
        language,
        "appointment_at",
        weekday=text(language, f"weekday_{local.weekday()}"),
        date=long_date(local.date(), language),
        hour=f"{local.hour:02d}",
        minute=f"{local.minute:02d}",
    )


def confirmation(data: ConfirmationData, *, language: str) -> bytes:
    """The confirmation in `language`, as PDF bytes (UnsupportedLanguage, InvalidNiss)."""
    check_language(language)
    niss = Niss.parse(data.member_niss)
    service = ContactService(data.service)
    style = layout.styles()

    def t(key: str, **values: object) -> str:
        return markup(text(language, key, **values))

    agency = layout.Agency(
        name=data.agency_name,
        street_and_number=data.agency_street,
        postcode=data.agency_postcode,
        municipality=data.agency_municipality,
        phone=data.agency_phone,
    )
    where = [data.agency_name, data.agency_street,
             f"{data.agency_postcode} {data.agency_municipality}"]  # fmt: skip
    if data.agency_phone:
        where.append(text(language, "phone", phone=data.agency_phone))
    rows = [
        (text(language, "member"), markup(data.member_name)),
        (text(language, "niss"), niss.formatted()),
        (text(language, "appointment_with"), t(f"service_{service.value}")),
        (
            text(language, "appointment_when"),
            f"{markup(when(data.starts_at, language))}<br/><font size='8.5'>"
            f"{t('appointment_brussels_time', minutes=data.minutes)}</font>",
        ),
        (text(language, "appointment_where"), "<br/>".join(markup(line) for line in where)),
    ]
    if data.subject:
        rows.append((text(language, "appointment_subject"), markup(data.subject)))
    rows.append((text(language, "appointment_reference"), str(data.reference)))
    change = (
        t("appointment_change", phone=data.agency_phone)
        if data.agency_phone
        else t("appointment_change_no_phone")
    )
    story: list[Flowable] = [
        Paragraph(t("appointment_title"), style["form_title"]),
        Paragraph(t("appointment_intro"), style["subtitle"]),
        Paragraph(t("appointment_section_who"), style["section"]),
        key_values(rows, style),
        Paragraph(t("appointment_bring_title"), style["section"]),
        Paragraph(t("appointment_bring"), style["body"]),
    ]
    if service == ContactService.MEDICAL:
        story.append(Paragraph(t("appointment_medical_absence"), style["body"]))
    story += [
        Paragraph(t("appointment_change_title"), style["section"]),
        Paragraph(change, style["body"]),
        Paragraph(t("printed_on", date=long_date(data.printed_on, language)), style["small"]),
        Paragraph(t("privacy"), style["small"]),
    ]
    return layout.render(
        story, language=language, title=text(language, "appointment_title"), agency=agency
    )
