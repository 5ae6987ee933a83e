"""The accident declaration (issue 16, domain.md §10, §14), in the member's language.

Prefilled with the member and the care that raised it, it says why the mutuality asks (the
legal obligation of art. 136 § 2 of the law coordinated on 14 July 1994, also when it was not
an accident; the provisional payment and its recovery; the block after the delay), asks its
questions and says where it goes: an agency's letterbox, the prepaid envelope, the Accidents
service's e-mail, its phone for questions. Printed with blanks to fill in by hand, or with the
member's answers and an empty "Signature1" field to sign with the card
(`app.documents.signing.sign_pdf_on_card`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.documents import layout
from app.documents.forms import (
    SIGNATURE_BOX_WIDTH,
    SignatureBox,
    _box,
    _data_table,
    add_signature_field,
)
from app.documents.incapacity_forms import DigitBoxes, WritingLines
from app.documents.layout import TEXT_WIDTH, markup
from app.documents.texts import check_language, long_date
from app.documents.texts.accident import text
from app.domain.codes import AccidentKind
from app.domain.niss import Niss

KINDS = tuple(kind for kind in AccidentKind if kind != AccidentKind.NOT_AN_ACCIDENT)


@dataclass(frozen=True)
class AccidentCareLine:
    care_date: dt.date
    code: str
    label: str
    provider_name: str


@dataclass(frozen=True)
class AccidentFormData:
    """The declaration, its member and where it goes."""

    declaration_id: int
    surname: str
    first_names: str
    niss: str  # 11 digits
    birth_date: dt.date
    address_lines: tuple[str, ...]
    federation: str
    agency: layout.Agency
    presumed_on: dt.date
    due_on: dt.date
    care: tuple[AccidentCareLine, ...]
    service_phone: str
    service_email: str
    issued_on: dt.date


@dataclass(frozen=True)
class AccidentAnswers:
    """What the member answered (app.services.accidents.AccidentForm's fields)."""

    was_accident: bool
    kind: str | None
    happened_on: dt.date | None
    place: str | None
    description: str | None
    third_party: bool
    third_party_name: str | None
    third_party_address: str | None
    insurer: str | None
    policy_number: str | None
    police_report: str | None


def accident_form(
    data: AccidentFormData, answers: AccidentAnswers | None, *, language: str
) -> bytes:
    """The declaration as PDF bytes: blanks to fill in by hand (`answers` None), or the
    answers and an empty signature field to sign with the card."""
    return _Form(data, check_language(language)).pdf(answers)


def accident_form_says(
    *, declaration_id: int, was_accident: bool, happened_on: dt.date | None, language: str
) -> tuple[str, ...]:
    """What the filled-in declaration prints of its request in `language`, as a PDF reader
    reads it back (spaces folded): the title, its number, the answer and the accident's date.
    The central worker, and the terminal before queueing, check that the signed form says them."""
    said = [
        text(language, "title"),
        text(language, "reference", number=declaration_id),
        text(language, "answer_yes" if was_accident else "answer_no"),
    ]
    if was_accident and happened_on is not None:
        said.append(f"{text(language, 'happened_on')} {long_date(happened_on, language)}")
    return tuple(" ".join(line.split()) for line in said)


class _Form:
    def __init__(self, data: AccidentFormData, language: str):
        self.data, self.language = data, language
        self.style = layout.styles()
        self.sections = 0

    def t(self, key: str, **values: object) -> str:
        return markup(text(self.language, key, **values))

    def date(self, day: dt.date) -> str:
        return long_date(day, self.language)

    def section(self, key: str) -> Paragraph:
        self.sections += 1
        return Paragraph(f"{self.sections}. {self.t(key)}", self.style["section"])

    def label(self, key: str) -> Paragraph:
        return Paragraph(self.t(key), self.style["label"])

    def grid(self, *cells, columns: int = 2) -> Table:
        rows = [list(cells[index : index + columns]) for index in range(0, len(cells), columns)]
        rows = [row + [""] * (columns - len(row)) for row in rows]
        table = Table(rows, colWidths=[TEXT_WIDTH / columns] * columns, hAlign="LEFT")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm)]))  # fmt: skip
        return table

    def blank(self, key: str, lines: int = 1) -> list[Flowable]:
        return [self.label(key), Spacer(1, 1 * mm), WritingLines(lines)]

    def header(self) -> list[Flowable]:
        d = self.data
        facts = " · ".join(
            (
                self.t("reference", number=d.declaration_id),
                self.t("presumed_on", date=self.date(d.presumed_on)),
                f"<b>{self.t('due_on', date=self.date(d.due_on))}</b>",
            )
        )
        return [
            Paragraph(self.t("title"), self.style["form_title"]),
            Paragraph(self.t("subtitle"), self.style["subtitle"]),
            Paragraph(facts, self.style["body"]),
        ]

    def member(self) -> list[Flowable]:
        d = self.data
        rows = [
            (self.t("surname"), markup(d.surname)),
            (self.t("first_names"), markup(d.first_names)),
            (self.t("niss"), Niss.parse(d.niss).formatted()),
            (self.t("birth_date"), self.date(d.birth_date)),
            (self.t("address"), "<br/>".join(markup(line) for line in d.address_lines)),
            (self.t("federation"), markup(d.federation)),
        ]
        return [self.section("section_member"), _data_table(rows, self.style)]

    def care(self) -> list[Flowable]:
        header = [self.t(k) for k in ("care_date", "care_code", "care_label", "care_provider")]
        rows = [[Paragraph(cell, self.style["label"]) for cell in header]]
        for line in self.data.care:
            rows.append([Paragraph(cell, self.style["body"]) for cell in (
                self.date(line.care_date), markup(line.code), markup(line.label),
                markup(line.provider_name))])  # fmt: skip
        table = Table(rows, colWidths=[38 * mm, 18 * mm, TEXT_WIDTH - 104 * mm, 48 * mm],
                      hAlign="LEFT", repeatRows=1)  # fmt: skip
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.25, layout.LIGHT),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 1 * mm)]))  # fmt: skip
        return [self.section("section_care"), table]

    def why(self) -> list[Flowable]:
        sentences = (
            self.t("why_obligation"),
            self.t("why_subrogation"),
            f"<b>{self.t('why_block', date=self.date(self.data.due_on))}</b>",
        )
        return [
            KeepTogether([self.section("section_why"),
                          *[Paragraph(s, self.style["declaration"]) for s in sentences]]),
        ]  # fmt: skip

    def boxes(self, keys, chosen) -> Paragraph:
        marks = [f"{_box(key == chosen)}\u00a0{self.t(key)}" for key in keys]
        return Paragraph("\u2003 ".join(marks), self.style["body"])

    def questions(self, answers: AccidentAnswers | None) -> list[Flowable]:
        if answers is None:
            kinds = [f"kind_{kind}" for kind in KINDS]
            story = [
                self.label("was_accident"), self.boxes(("yes", "no"), None),
                self.label("kind"), self.boxes(kinds, None),
                self.grid([self.label("happened_on"), Spacer(1, 1 * mm),
                           DigitBoxes(text(self.language, "date_letters"))],
                          self.blank("place")),
                self.grid(self.blank("description", 3), columns=1),
                self.label("third_party"), self.boxes(("yes", "no"), None),
                self.grid(self.blank("third_party_name"), self.blank("third_party_address"),
                          self.blank("insurer"), self.blank("policy_number"),
                          self.blank("police_report")),
            ]  # fmt: skip
            return [self.section("section_questions"), *story]
        a = answers
        rows = [(self.t("was_accident"), self.t("answer_yes" if a.was_accident else "answer_no"))]
        if a.was_accident:
            rows += [
                (self.t("kind"), self.t(f"kind_{a.kind}")),
                (self.t("happened_on"), self.date(a.happened_on) if a.happened_on else ""),
                (self.t("place"), markup(a.place or "")),
                (self.t("third_party"), self.t("yes" if a.third_party else "no")),
            ]
            if a.third_party:
                rows += [(self.t(key), markup(getattr(a, key) or self.t("nothing")))
                         for key in ("third_party_name", "third_party_address", "insurer",
                                     "policy_number")]  # fmt: skip
            rows.append((self.t("police_report"), markup(a.police_report or self.t("nothing"))))
        story = [self.section("section_questions"), _data_table(rows, self.style)]
        if a.was_accident:
            # Said in one line too, as the signed form is checked for it.
            said = f"{self.t('happened_on')} {self.date(a.happened_on)}" if a.happened_on else ""
            story.append(Paragraph(f"{self.t('answer_yes')} {said}", self.style["small"]))
        if a.description:
            story += [Spacer(1, 2 * mm), self.label("description"),
                      Paragraph(markup(a.description), self.style["body"])]  # fmt: skip
        return story

    def send(self) -> list[Flowable]:
        d = self.data
        agency = d.agency
        address = f"{agency.street_and_number}, {agency.postcode} {agency.town(self.language)}"
        sentences = (
            self.t("send_letterbox", agency=agency.name, address=address),
            self.t("send_envelope"),
            self.t("send_email", email=d.service_email),
            self.t("send_questions", phone=d.service_phone),
        )
        return [KeepTogether([
            self.section("section_send"),
            *[Paragraph(s, self.style["body"], bulletText="•") for s in sentences],
        ])]  # fmt: skip

    def closing(self, answers: AccidentAnswers | None) -> tuple[list[Flowable], SignatureBox]:
        box = None
        if answers is None:
            signature: Flowable = self.grid(self.blank("member_signature", 2), columns=1)
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
            Paragraph(self.t("declaration_accident"), self.style["declaration"]),
            Spacer(1, 1 * mm),
            signature,
            Spacer(1, 2 * mm),
            Paragraph(self.t("privacy"), self.style["small"]),
        ])]  # fmt: skip
        return story, box

    def pdf(self, answers: AccidentAnswers | None) -> bytes:
        story = [*self.header(), *self.member(), *self.care(), *self.why(),
                 *self.questions(answers), *self.send()]  # fmt: skip
        closing, box = self.closing(answers)
        story += closing
        pdf = layout.render(
            story, language=self.language, title=text(self.language, "title"),
            agency=self.data.agency,
        )  # fmt: skip
        return add_signature_field(pdf, box) if box is not None else pdf
