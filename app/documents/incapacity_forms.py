"""The incapacity forms a member prints (issue 15, point 5), in the member's language.

Eight forms: the certificate of incapacity for the doctor (employee / self-employed, with the
confidential part the doctor fills in for the medical adviser), the declaration of a secondary
self-employed activity, the return to work (employee / self-employed), the partial resumption
request (employee / self-employed) and the voluntary work request. Each is prefilled with the
member's data (name, national number, birth date, address, federation and agency, work status,
the incapacity's start when there is one); what the member or the doctor writes goes in lined
boxes, dates in digit boxes. Each form says the rules that apply to it, with the figures in
`FormRules`, read from the federation's dated rules by `app.services.printouts`: none is a
constant here.

`partial_resumption_form` prints a request made at the terminal (start, hours, employer, the
deadline and the expected cut) with an empty "Signature1" field, like the bank form, for
`app.documents.signing.sign_pdf_on_card`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.documents import layout
from app.documents.forms import (
    RULE,
    SIGNATURE_BOX_WIDTH,
    SIGNATURE_FIELD,
    SignatureBox,
    _box,
    _choices,
    _data_table,
    add_signature_field,
)
from app.documents.layout import FONT, TEXT_WIDTH, markup
from app.documents.texts import check_language, long_date
from app.documents.texts.incapacity import text
from app.domain.niss import Niss

__all__ = [
    "SIGNATURE_FIELD",
    "FormData",
    "FormRules",
    "IncapacityForm",
    "ResumptionFormData",
    "forms_for",
    "incapacity_form",
    "partial_resumption_form",
    "resumption_form_says",
]


class IncapacityForm(StrEnum):
    CERTIFICATE_EMPLOYEE = "certificate_employee"  # certificate for the doctor
    CERTIFICATE_SELF_EMPLOYED = "certificate_self_employed"
    SECONDARY_ACTIVITY = "secondary_activity"  # declaration of a secondary self-employed activity
    RETURN_EMPLOYEE = "return_employee"  # return to work
    RETURN_SELF_EMPLOYED = "return_self_employed"
    RESUMPTION_EMPLOYEE = "resumption_employee"  # partial resumption request
    RESUMPTION_SELF_EMPLOYED = "resumption_self_employed"
    VOLUNTARY_WORK = "voluntary_work"  # voluntary work request


F = IncapacityForm
EMPLOYEE_STATUSES = ("worker", "employee", "unemployed")
SELF_EMPLOYED = "self_employed"
STATUSES = (*EMPLOYEE_STATUSES, SELF_EMPLOYED)
EMPLOYEE_FORMS = (F.CERTIFICATE_EMPLOYEE, F.RETURN_EMPLOYEE, F.RESUMPTION_EMPLOYEE)
SELF_EMPLOYED_FORMS = (F.CERTIFICATE_SELF_EMPLOYED, F.RETURN_SELF_EMPLOYED,
                       F.RESUMPTION_SELF_EMPLOYED)  # fmt: skip
FORMS_FOR_ALL = (F.SECONDARY_ACTIVITY, F.VOLUNTARY_WORK)
LINE_HEIGHT = 7 * mm
DIGIT_BOX = 5.5 * mm
HALF_TIME = Decimal("0.5")  # the example the resumption rule gives, not a rule
SUB = "\u2023"  # marks a sentence of the rules as a sub-item of the one before


def forms_for(work_status: str | None) -> tuple[IncapacityForm, ...]:
    """The forms to offer: the employees' to workers, employees and the unemployed, the
    self-employed's to the self-employed, the secondary activity and voluntary work to all
    (every form when the status is not known)."""
    if work_status == SELF_EMPLOYED:
        return (*SELF_EMPLOYED_FORMS, *FORMS_FOR_ALL)
    if work_status in EMPLOYEE_STATUSES:
        return (*EMPLOYEE_FORMS, *FORMS_FOR_ALL)
    return tuple(IncapacityForm)


@dataclass(frozen=True)
class Declaration:
    """A status's first-declaration deadline: so many calendar days, the first one counted?"""

    status: str
    days: int
    first_day_counted: bool


@dataclass(frozen=True)
class FormRules:
    """The figures the forms state, as the federation's rules stand on the day of printing."""

    declarations: tuple[Declaration, ...]  # the statuses with a rule that day
    declaration_deadline: dt.date | None  # the member's own first declaration's, when known
    prolongation_hours: int
    late_penalty: Decimal  # 0.10
    self_employed_grace_months: int | None
    electronic_max_months: int | None  # None before electronic certificates had a limit
    relapse_days: int
    relapse_months: int
    return_notice_days: int | None
    resumption_notice_days: int  # working days before the start
    resumption_late_days: int
    resumption_late_penalty: Decimal
    resumption_free_fraction: Decimal
    resumption_max_months: int | None


@dataclass(frozen=True)
class FormData:
    """Who the form is for, where it goes, and the rules it states."""

    surname: str
    first_names: str
    niss: str  # 11 digits
    birth_date: dt.date
    affiliation_number: str
    address_lines: tuple[str, ...]  # street and number, postcode and municipality (, country)
    federation: str  # its name in the form's language
    agency: layout.Agency  # the member's agency: the letterhead and where to send the form
    work_status: str | None  # a WorkStatus value, None when no incapacity says it
    incapacity_started_on: dt.date | None  # the running incapacity's first day
    issued_on: dt.date
    rules: FormRules


@dataclass(frozen=True)
class ResumptionFormData:
    """A partial resumption request made at the terminal, with what the rules make of it."""

    starts_on: dt.date
    work_hours: Decimal  # a week
    reference_hours: Decimal  # a week, full time in the same job (self-employed: as before)
    employer: str  # the self-employed: the activity resumed
    self_employed: bool
    deadline: dt.date  # the day it must reach the medical adviser (resumption_deadline)
    cut: Decimal  # the expected cut of the indemnity (resumption_cut), e.g. 0.30


def incapacity_form(kind: IncapacityForm, data: FormData, *, language: str) -> bytes:
    """The form `kind` in `language`, to print and fill in by hand (PDF bytes).

    ValueError for an unknown kind; InvalidNiss, UnsupportedLanguage."""
    return _Form(IncapacityForm(kind), data, language).pdf(None)


def partial_resumption_form(data: FormData, request: ResumptionFormData, *, language: str) -> bytes:
    """The partial resumption request with its data, as PDF bytes with an empty "Signature1"
    field in its box, to be signed with the card."""
    kind = F.RESUMPTION_SELF_EMPLOYED if request.self_employed else F.RESUMPTION_EMPLOYEE
    return _Form(kind, data, language).pdf(request)


def resumption_form_says(
    *,
    starts_on: dt.date,
    work_hours: Decimal,
    reference_hours: Decimal,
    employer: str,
    self_employed: bool,
    language: str,
) -> tuple[str, ...]:
    """What `partial_resumption_form` prints of a request in `language`, as a PDF reader reads
    it back (spaces folded): its title, the first day of work after its label, both hours
    figures as the work fraction gives them, the employer (or the activity) after its label.
    The central worker, and the terminal before queueing, check that the form the member
    signed says all of them (app.documents.signing.check_signed_form's `must_say`)."""
    kind = F.RESUMPTION_SELF_EMPLOYED if self_employed else F.RESUMPTION_EMPLOYEE
    employer_label = "resumed_activity" if self_employed else "employer"
    said = (
        text(language, f"title_{kind}"),
        f"{text(language, 'starts_on')} {long_date(starts_on, language)}",
        f"({_hours(work_hours, reference_hours, language)})",
        f"{text(language, employer_label)} {employer}",
    )
    return tuple(" ".join(line.split()) for line in said)


def _hours(work_hours: Decimal, reference_hours: Decimal, language: str) -> str:
    """19 / 38: the hours worked over the reference hours, as the request prints them."""
    return f"{_number(work_hours, language)} / {_number(reference_hours, language)}"


def _number(value: Decimal, language: str) -> str:
    """19 / 19,5 (fr, nl, de) / 19.5 (en): no trailing zeros."""
    digits = f"{value.normalize():f}"
    return digits if language == "en" else digits.replace(".", ",")


def _percent(rate: Decimal, language: str) -> str:
    """0.10 → 10 % (fr, de: a no-break space before the sign) or 10% (nl, en)."""
    number = _number(rate * 100, language)
    return f"{number}\u00a0%" if language in ("fr", "de") else f"{number}%"


class WritingLines(Flowable):
    """A box to write in by hand, as wide as its cell, ruled in `lines` dotted lines."""

    def __init__(self, lines: int = 1):
        super().__init__()
        self.lines = lines

    def wrap(self, available_width, available_height):
        self.width, self.height = available_width, self.lines * LINE_HEIGHT
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.7)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        c.setDash(1, 2)
        for line in range(1, self.lines):
            c.line(2 * mm, line * LINE_HEIGHT, self.width - 2 * mm, line * LINE_HEIGHT)
        c.restoreState()


class DigitBoxes(Flowable):
    """A date to write digit by digit: □□ □□ □□□□, each box marked in grey (JJMMAAAA…)."""

    GROUPS = (2, 2, 4)
    GAP = 2.5 * mm

    def __init__(self, letters: str):
        super().__init__()
        self.letters = letters

    def wrap(self, available_width, available_height):
        return 8 * DIGIT_BOX + 2 * self.GAP, LINE_HEIGHT

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.7)
        c.setFont(FONT, 6.5)
        c.setFillColor(colors.HexColor("#B0B0B0"))
        x, index = 0.0, 0
        for group in self.GROUPS:
            for _ in range(group):
                c.rect(x, 0, DIGIT_BOX, LINE_HEIGHT, stroke=1, fill=0)
                c.drawCentredString(x + DIGIT_BOX / 2, 1.2 * mm, self.letters[index])
                x, index = x + DIGIT_BOX, index + 1
            x += self.GAP
        c.restoreState()


class _Form:
    """One form being laid out: its language, styles and numbered sections."""

    def __init__(self, kind: IncapacityForm, data: FormData, language: str):
        self.kind, self.data = kind, data
        self.language = check_language(language)
        self.niss = Niss.parse(data.niss)
        self.style = layout.styles()
        self.style["bullet"] = ParagraphStyle(
            "bullet", parent=self.style["declaration"], leftIndent=4 * mm, bulletIndent=0,
            bulletFontName=FONT, spaceAfter=1 * mm,
        )  # fmt: skip
        self.sections = 0
        self.self_employed = kind in SELF_EMPLOYED_FORMS

    def t(self, key: str, **values: object) -> str:
        return markup(text(self.language, key, **values))

    def date(self, day: dt.date) -> str:
        return long_date(day, self.language)

    def section(self, key: str) -> Paragraph:
        self.sections += 1
        return Paragraph(f"{self.sections}. {self.t(key)}", self.style["section"])

    def label(self, key: str) -> Paragraph:
        return Paragraph(self.t(key), self.style["label"])

    def blank(self, key: str, lines: int = 1) -> list[Flowable]:
        return [self.label(key), Spacer(1, 1 * mm), WritingLines(lines)]

    def date_blank(self, key: str) -> list[Flowable]:
        letters = text(self.language, "date_letters")
        return [self.label(key), Spacer(1, 1 * mm), DigitBoxes(letters)]

    def grid(self, *cells: list[Flowable], columns: int = 2) -> Table:
        """Blanks side by side, `columns` a row (a row of one spans the width)."""
        rows = [list(cells[index : index + columns]) for index in range(0, len(cells), columns)]
        rows = [row + [""] * (columns - len(row)) for row in rows]
        table = Table(rows, colWidths=[TEXT_WIDTH / columns] * columns, hAlign="LEFT")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm)]))  # fmt: skip
        return table

    def question(self, key: str, *options: str, inline: bool = False) -> list[Flowable]:
        """A question and its boxes to tick: side by side over the width, or (`inline`, in a
        grid's cell) one after the other in a paragraph."""
        boxes = [f"{_box(False)}\u00a0{self.t(option)}" for option in options]
        if inline:
            return [self.label(key), Paragraph("\u2003".join(boxes), self.style["body"])]
        return [self.label(key), _choices(boxes, self.style), Spacer(1, 1.5 * mm)]

    def bullets(self, *sentences: str) -> list[Flowable]:
        """One paragraph each, bulleted; a sentence starting with SUB is a sub-item."""
        sub = ParagraphStyle("sub", parent=self.style["bullet"], leftIndent=8 * mm,
                             bulletIndent=4 * mm, spaceAfter=0.5 * mm)  # fmt: skip
        return [Paragraph(s.removeprefix(SUB), sub, bulletText="–") if s.startswith(SUB)
                else Paragraph(s, self.style["bullet"], bulletText="•")
                for s in sentences]  # fmt: skip

    # --- the parts ------------------------------------------------------------------------

    def header(self) -> list[Flowable]:
        agency = self.data.agency
        address = f"{agency.street_and_number}, {agency.postcode} {agency.town(self.language)}"
        return [
            Paragraph(self.t(f"title_{self.kind}"), self.style["form_title"]),
            Paragraph(self.t(f"subtitle_{self.kind}"), self.style["subtitle"]),
            Paragraph(self.t("send_to", agency=agency.name, address=address),
                      self.style["body"]),
        ]  # fmt: skip

    def member(self) -> list[Flowable]:
        data = self.data
        agency = data.agency
        statuses = ((SELF_EMPLOYED,) if self.self_employed else
                    EMPLOYEE_STATUSES if self.kind in EMPLOYEE_FORMS else STATUSES)  # fmt: skip
        status = " ".join(f"{_box(s == data.work_status)}\u00a0{self.t(f'status_{s}')}"
                          for s in statuses)  # fmt: skip
        rows = [
            (self.t("surname"), markup(data.surname)),
            (self.t("first_names"), markup(data.first_names)),
            (self.t("niss"), self.niss.formatted()),
            (self.t("birth_date"), self.date(data.birth_date)),
            (self.t("address"), "<br/>".join(markup(line) for line in data.address_lines)),
            (self.t("affiliation_number"), markup(data.affiliation_number)),
            (self.t("federation"), markup(data.federation)),
            (self.t("agency"), f"{markup(agency.name)}<br/>{markup(agency.street_and_number)}, "
                               f"{markup(agency.postcode)} {markup(agency.town(self.language))}"),
            (self.t("work_status"), status),
        ]  # fmt: skip
        started = data.incapacity_started_on
        if started is not None:
            rows.append((self.t("incapacity_since"), self.date(started)))
        story: list[Flowable] = [self.section("section_member"), _data_table(rows, self.style)]
        if started is None:
            story += [Spacer(1, 2 * mm), self.grid(self.date_blank("incapacity_since"))]
        return story

    def signature_blank(self, key: str = "member_signature") -> Table:
        return self.grid(self.blank(key, 2))

    def certificate(self) -> list[Flowable]:
        if self.self_employed:
            member_part = [
                self.grid(self.blank("activity"), self.blank("enterprise_number"),
                          self.blank("social_fund"), self.date_blank("activity_stopped_on")),
                *self.question("activity_continued", "no", "yes"),
                self.grid(self.blank("continued_by"), columns=1),
            ]  # fmt: skip
        else:
            member_part = [
                self.grid(self.blank("employer_or_fund", 2), columns=1),
                self.grid(self.date_blank("last_day_worked"), self.blank("phone_label")),
                *self.question(
                    "accident_question", "no", "accident_work", "accident_other", inline=True
                ),
            ]
        doctor = [
            Paragraph(self.t("doctor_note"), self.style["small"]),
            Spacer(1, 2 * mm),
            self.grid(self.blank("diagnosis", 3), columns=1),
            self.grid(self.date_blank("incapacity_from"), self.date_blank("incapacity_until")),
            self.grid(self.question("hospitalised", "no", "yes", inline=True),
                      self.date_blank("hospitalised_from"),
                      self.question("may_go_out", "yes", "no", inline=True),
                      self.question("cause", "cause_illness", "cause_accident",
                                    "cause_pregnancy", inline=True),
                      self.blank("doctor_name", 2), self.blank("doctor_address", 2)),
            self.signature_blank("doctor_signature"),
        ]  # fmt: skip
        return [
            KeepTogether([self.section("section_member_part"), *member_part,
                          self.signature_blank(),
                          Paragraph(self.t("privacy"), self.style["small"])]),
            KeepTogether([self.section("section_doctor"), *doctor]),
        ]  # fmt: skip

    def secondary_activity(self) -> list[Flowable]:
        return [KeepTogether([
            self.section("section_activity"),
            self.grid(self.blank("activity"), self.blank("enterprise_number"),
                      self.blank("social_fund"), self.date_blank("activity_since"),
                      self.blank("activity_hours"), self.blank("activity_income")),
            *self.question("activity_before", "yes", "no"),
            *self.question("activity_during", "yes", "no"),
        ])]  # fmt: skip

    def return_to_work(self) -> list[Flowable]:
        if self.self_employed:
            question = self.question(
                "return_activity", "return_fully", "return_partly", inline=True
            )
            where = self.blank("activity")
        else:
            question = self.question("return_as", "return_work", "return_unemployment", inline=True)
            where = self.blank("return_employer", 2)
        return [KeepTogether([
            self.section("section_return"),
            self.grid(question, self.date_blank("return_on")),
            self.grid(where, columns=1),
            Paragraph(self.t("return_last_day"), self.style["body"]),
        ])]  # fmt: skip

    def resumption(self, request: ResumptionFormData | None) -> list[Flowable]:
        reference = "reference_hours_self_employed" if self.self_employed else "reference_hours"
        employer = "resumed_activity" if self.self_employed else "employer"
        if request is None:
            return [KeepTogether([
                self.section("section_request"),
                self.grid(self.date_blank("starts_on"), self.blank("work_hours"),
                          self.blank(reference)),
                self.grid(self.blank(employer, 2), columns=1),
                self.grid(self.blank("job_description", 3), columns=1),
            ])]  # fmt: skip
        hours = _hours(request.work_hours, request.reference_hours, self.language)
        fraction = _percent((request.work_hours / request.reference_hours).quantize(
            Decimal("0.0001")), self.language)  # fmt: skip
        rows = [
            (self.t("starts_on"), self.date(request.starts_on)),
            (self.t("work_hours"), _number(request.work_hours, self.language)),
            (self.t(reference), _number(request.reference_hours, self.language)),
            (self.t("work_fraction"), f"{fraction} ({hours})"),
            (self.t(employer), markup(request.employer)),
        ]  # fmt: skip
        if not self.self_employed:
            rows.append((self.t("expected_cut"), f"−{_percent(request.cut, self.language)}"))
        deadline = self.t("rule_resumption_yours", start=self.date(request.starts_on),
                          deadline=self.date(request.deadline))  # fmt: skip
        return [KeepTogether([
            self.section("section_request"),
            _data_table(rows, self.style),
            Spacer(1, 2 * mm),
            Paragraph(f"<b>{deadline}</b>", self.style["body"]),
        ])]  # fmt: skip

    def voluntary_work(self) -> list[Flowable]:
        return [KeepTogether([
            self.section("section_voluntary"),
            self.grid(self.blank("organisation", 2), columns=1),
            self.grid(self.blank("voluntary_what", 2), columns=1),
            self.grid(self.date_blank("voluntary_starts_on"), self.blank("voluntary_hours")),
            *self.question("voluntary_allowance", "allowance_none", "allowance_flat",
                           "allowance_actual"),
        ])]  # fmt: skip

    def rules(self, request: ResumptionFormData | None) -> list[Flowable]:
        r, t, language = self.data.rules, self.t, self.language
        kind = self.kind
        said: list[str] = []
        if kind in (F.CERTIFICATE_EMPLOYEE, F.CERTIFICATE_SELF_EMPLOYED):
            said.append(t("rule_declaration_intro"))
            for rule in r.declarations:
                if (rule.status == SELF_EMPLOYED) != self.self_employed:
                    continue
                key = "rule_declaration_counted" if rule.first_day_counted else \
                      "rule_declaration_not_counted"  # fmt: skip
                status = text(language, f"status_{rule.status}")
                said.append(SUB + t(key, status=status[:1].upper() + status[1:], days=rule.days))
            started, deadline = self.data.incapacity_started_on, r.declaration_deadline
            status = self.data.work_status
            if (
                status is not None
                and (status == SELF_EMPLOYED) == self.self_employed
                and started
                and deadline
                and deadline >= self.data.issued_on
            ):
                yours = t(
                    "rule_declaration_yours", start=self.date(started), deadline=self.date(deadline)
                )
                said.append(f"<b>{yours}</b>")  # fmt: skip
            said.append(t("rule_next_working_day"))
            said.append(t("rule_prolongation", hours=r.prolongation_hours))
            said.append(t("rule_late", rate=_percent(r.late_penalty, language)))
            if self.self_employed and r.self_employed_grace_months is not None:
                months = r.self_employed_grace_months
                said.append(t(f"rule_grace_{'one' if months == 1 else 'many'}", months=months))
            if r.electronic_max_months is not None:
                said.append(t("rule_electronic", months=r.electronic_max_months))
        elif kind in (F.RETURN_EMPLOYEE, F.RETURN_SELF_EMPLOYED):
            if r.return_notice_days is not None:
                said.append(t("rule_return_notice", days=r.return_notice_days))
            said.append(t("rule_return_early"))
            said.append(t("rule_relapse", days=r.relapse_days, months=r.relapse_months,
                          hours=r.prolongation_hours))  # fmt: skip
        elif kind in (F.RESUMPTION_EMPLOYEE, F.RESUMPTION_SELF_EMPLOYED, F.SECONDARY_ACTIVITY):
            days = r.resumption_notice_days
            if kind == F.SECONDARY_ACTIVITY:
                said.append(t("rule_activity"))
            deadline = (
                "activity_deadline" if kind == F.SECONDARY_ACTIVITY else "resumption_deadline"
            )
            said.append(t(f"rule_{deadline}_{'one' if days == 1 else 'many'}", days=days))
            if kind != F.SECONDARY_ACTIVITY:
                said.append(
                    t(
                        "rule_resumption_late",
                        days=r.resumption_late_days,
                        rate=_percent(r.resumption_late_penalty, language),
                    )
                )
                if not self.self_employed:
                    example = max(HALF_TIME - r.resumption_free_fraction, Decimal(0))
                    said.append(
                        t(
                            "rule_resumption_cut",
                            free=_percent(r.resumption_free_fraction, language),
                            example=f"−{_percent(example, language)}",
                        )
                    )
                start = "self_employed_start" if self.self_employed else "employee_start"
                said.append(t(f"rule_resumption_{start}"))
                if r.resumption_max_months is not None:
                    said.append(t("rule_resumption_max", months=r.resumption_max_months))
        else:  # voluntary work
            said += [t("rule_voluntary"), t("rule_activity")]
        first, *rest = self.bullets(*said)
        return [KeepTogether([self.section("section_rules"), first]), *rest]

    def closing(self, request: ResumptionFormData | None) -> tuple[list[Flowable], SignatureBox]:
        """The declaration and the signature: lined on paper, a field to sign with the card."""
        declaration = {F.RESUMPTION_EMPLOYEE: "request_declaration",
                       F.RESUMPTION_SELF_EMPLOYED: "request_declaration",
                       F.VOLUNTARY_WORK: "voluntary_declaration"}.get(self.kind)  # fmt: skip
        sentences = [self.t(declaration)] if declaration else []
        sentences.append(self.t("declaration_truth"))
        box = None
        if request is None:
            signature: Flowable = self.signature_blank()
        else:
            box = SignatureBox(self.t("signature"), self.t("signature_hint"))
            signed_on = self.t("signed_on", date=self.date(self.data.issued_on))
            signature = Table(
                [[Paragraph(signed_on, self.style["body"]), box]],
                colWidths=[TEXT_WIDTH - SIGNATURE_BOX_WIDTH, SIGNATURE_BOX_WIDTH],
                style=TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]),
            )  # fmt: skip
        story = [KeepTogether([
            self.section("section_declaration"),
            *[Paragraph(s, self.style["declaration"]) for s in sentences],
            Spacer(1, 1 * mm),
            signature,
            Spacer(1, 2 * mm),
            Paragraph(self.t("privacy"), self.style["small"]),
        ])]  # fmt: skip
        return story, box

    def pdf(self, request: ResumptionFormData | None) -> bytes:
        story = [*self.header(), *self.member()]
        kind = self.kind
        if kind in (F.CERTIFICATE_EMPLOYEE, F.CERTIFICATE_SELF_EMPLOYED):
            story += [*self.certificate(), *self.rules(request)]
            box = None
        else:
            part = {F.SECONDARY_ACTIVITY: self.secondary_activity,
                    F.RETURN_EMPLOYEE: self.return_to_work,
                    F.RETURN_SELF_EMPLOYED: self.return_to_work,
                    F.VOLUNTARY_WORK: self.voluntary_work}.get(kind)  # fmt: skip
            story += part() if part else self.resumption(request)
            story += self.rules(request)
            closing, box = self.closing(request)
            story += closing
        pdf = layout.render(
            story,
            language=self.language,
            title=text(self.language, f"title_{kind}"),
            agency=self.data.agency,
        )
        return add_signature_field(pdf, box) if box is not None else pdf
