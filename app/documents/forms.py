"""The affiliation / mutation form a person joining the mutuality signs at the terminal.

The PDF carries an empty signature field named "Signature1" (`SIGNATURE_FIELD`) exactly over the
box printed under the word "Signature"; `app.documents.signing.sign_pdf_with_card` fills it with
the eID card's Signature key, so the visible signature lands in that box.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.documents import layout
from app.documents.layout import FONT, GREY, LIGHT, TEAL, TEXT_WIDTH, markup
from app.documents.texts import check_language, long_date, text
from app.domain.niss import Niss

SIGNATURE_FIELD = "Signature1"
SIGNATURE_BOX_WIDTH = 80 * mm
SIGNATURE_BOX_HEIGHT = 28 * mm
RULE = colors.HexColor("#C8D6D5")

ROLES = ("holder", "dependant")
SEXES = ("M", "F", "X")


class InvalidFormData(ValueError):
    """The data cannot make a valid form; `field` names the offending field."""

    def __init__(self, field: str, detail: str):
        super().__init__(f"{field}: {detail}")
        self.field = field
        self.detail = detail


@dataclass(frozen=True)
class AffiliationFormData:
    """What the affiliation form shows: the person, holder or dependant, and the change asked."""

    national_number: str  # 11 digits
    surname: str
    first_names: str
    birth_date: dt.date
    sex: str  # "M"/"F"/"X"
    nationality: str
    street_and_number: str
    postcode: str
    municipality: str
    language: str  # fr/nl/de/en: the person's language of correspondence
    role: str  # "holder" or "dependant"
    holder_national_number: str | None  # when role == "dependant"
    previous_mutuality: str | None  # name/code of the mutuality left, None if first affiliation
    effective_on: dt.date  # when the affiliation/mutation takes effect
    signed_on: dt.date
    phone: str | None = None
    email: str | None = None


def affiliation_form(data: AffiliationFormData, *, language: str) -> bytes:
    """The form in `language`, as PDF bytes with an empty "Signature1" field in its box.

    Raises InvalidFormData (or InvalidNiss for a national number) when the data does not hold.
    """
    check_language(language)
    niss, holder_niss = _validated(data)
    style = layout.styles()

    def t(key: str, **values: object) -> str:
        return markup(text(language, key, **values))

    def when(day: dt.date) -> str:
        return long_date(day, language)

    not_given = f'<font color="#777777">{t("not_given")}</font>'
    person = [
        (t("niss"), niss.formatted()),
        (t("surname"), markup(data.surname)),
        (t("first_names"), markup(data.first_names)),
        (t("birth_date"), when(data.birth_date)),
        (t("sex"), t(f"sex_{data.sex}")),
        (t("nationality"), markup(data.nationality)),
        (
            t("address"),
            f"{markup(data.street_and_number)}<br/>{markup(data.postcode)} "
            f"{markup(data.municipality)}",
        ),
        (t("language"), t(f"language_{data.language}")),
        (t("phone_label"), markup(data.phone) if data.phone else not_given),
        (t("email"), markup(data.email) if data.email else not_given),
    ]
    dependant = data.role == "dependant"
    role_choices = [
        f"{_box(not dependant)} {t('role_holder')}",
        f"{_box(dependant)} {t('role_dependant')}",
    ]
    role_lines = []
    if holder_niss is not None:
        role_lines.append(f"<b>{t('holder_niss', niss=holder_niss.formatted())}</b>")
    if data.previous_mutuality:
        change = t("mutation", previous=data.previous_mutuality)
    else:
        change = t("first_affiliation")
    affiliation_lines = [
        f"{_box(True)} {change}",
        f"<b>{t('effective_on', date=when(data.effective_on))}</b>",
    ]
    declaration = [t("declaration_dependant" if dependant else "declaration_holder")]
    if data.previous_mutuality:
        declaration.append(t("declaration_mutation"))
    declaration.append(t("declaration_truth"))

    signature_box = SignatureBox(t("signature"), t("signature_hint"))
    story: list[Flowable] = [
        Paragraph(t("form_title"), style["form_title"]),
        Paragraph(t("form_subtitle"), style["subtitle"]),
        Paragraph(t("section_person"), style["section"]),
        _data_table(person, style),
        Paragraph(t("section_role"), style["section"]),
        _choices(role_choices, style),
        *[Paragraph(line, style["body"]) for line in role_lines],
        Paragraph(t("section_affiliation"), style["section"]),
        *[Paragraph(line, style["body"]) for line in affiliation_lines],
        Paragraph(t("section_declaration"), style["section"]),
        *[Paragraph(line, style["declaration"]) for line in declaration],
        KeepTogether(
            [
                Spacer(1, 2 * mm),
                Table(
                    [[Paragraph(t("signed_on", date=when(data.signed_on)), style["body"]),
                      signature_box]],
                    colWidths=[TEXT_WIDTH - SIGNATURE_BOX_WIDTH, SIGNATURE_BOX_WIDTH],
                    style=TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                      ("RIGHTPADDING", (0, 0), (-1, -1), 0)]),
                ),
                Spacer(1, 4 * mm),
                Paragraph(t("privacy"), style["small"]),
            ]
        ),
    ]  # fmt: skip
    pdf = layout.render(story, language=language, title=text(language, "form_title"))
    return add_signature_field(pdf, signature_box)


def _validated(data: AffiliationFormData) -> tuple[Niss, Niss | None]:
    niss = Niss.parse(data.national_number)
    if data.role not in ROLES:
        raise InvalidFormData("role", f"must be one of {ROLES}, not {data.role!r}")
    if data.sex not in SEXES:
        raise InvalidFormData("sex", f"must be one of {SEXES}, not {data.sex!r}")
    check_language(data.language)
    holder = None
    if data.role == "dependant":
        if not data.holder_national_number:
            raise InvalidFormData("holder_national_number", "a dependant needs a holder")
        holder = Niss.parse(data.holder_national_number)
        if holder == niss:
            raise InvalidFormData("holder_national_number", "a dependant is not their own holder")
    elif data.holder_national_number:
        raise InvalidFormData("holder_national_number", "a holder has no holder")
    return niss, holder


def _box(checked: bool) -> str:
    """A ticked or empty check box (U+2612 / U+2610, both in DejaVu Sans)."""
    return "\u2612" if checked else "\u2610"


def _data_table(rows: list[tuple[str, str]], style: dict) -> Table:
    """The person's data two fields a row, each value under its label, like a paper form."""
    cells = [[Paragraph(label, style["label"]), Paragraph(value, style["value"])]
             for label, value in rows]  # fmt: skip
    if len(cells) % 2:
        cells.append("")
    grid = [cells[index : index + 2] for index in range(0, len(cells), 2)]
    table = Table(grid, colWidths=[TEXT_WIDTH / 2] * 2, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ROWBACKGROUNDS", (0, 0), (-1, -1), [LIGHT, colors.white]),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6 * mm),
                ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
            ]
        )
    )
    return table


def _choices(lines: list[str], style: dict) -> Table:
    """Check boxes side by side (holder / dependant)."""
    table = Table([[Paragraph(line, style["body"]) for line in lines]],
                  colWidths=[TEXT_WIDTH / len(lines)] * len(lines), hAlign="LEFT")  # fmt: skip
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    return table


class SignatureBox(Flowable):
    """The box where the signature goes, under its label; remembers where it was drawn.

    After the build, `page_index` (0-based) and `rect` (x1, y1, x2, y2 in PDF points, from the
    bottom-left of the page) say where the signature field must be placed.
    """

    LABEL_HEIGHT = 6 * mm

    def __init__(self, label: str, hint: str):
        super().__init__()
        self.label = label
        self.hint = hint
        self.page_index: int | None = None
        self.rect: tuple[float, float, float, float] | None = None

    def wrap(self, available_width, available_height):
        return SIGNATURE_BOX_WIDTH, SIGNATURE_BOX_HEIGHT + self.LABEL_HEIGHT

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setFont(layout.FONT_BOLD, 10)
        c.setFillColor(TEAL)
        c.drawString(0, SIGNATURE_BOX_HEIGHT + 2 * mm, self.label)
        c.setStrokeColor(TEAL)
        c.setLineWidth(0.8)
        c.setDash(3, 2)
        c.rect(0, 0, SIGNATURE_BOX_WIDTH, SIGNATURE_BOX_HEIGHT, stroke=1, fill=0)
        c.setDash()
        c.setFont(FONT, 7)
        c.setFillColor(GREY)
        c.drawCentredString(SIGNATURE_BOX_WIDTH / 2, 2 * mm, self.hint)
        c.restoreState()
        x1, y1 = c.absolutePosition(0, 0)
        x2, y2 = c.absolutePosition(SIGNATURE_BOX_WIDTH, SIGNATURE_BOX_HEIGHT)
        self.rect = (x1, y1, x2, y2)
        self.page_index = c.getPageNumber() - 1


def add_signature_field(pdf: bytes, box: SignatureBox) -> bytes:
    """Add the empty "Signature1" field over the box drawn on the page."""
    if box.rect is None or box.page_index is None:
        raise RuntimeError("the signature box was not laid out")
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    x1, y1, x2, y2 = (round(v, 2) for v in box.rect)
    fields.append_signature_field(
        writer,
        fields.SigFieldSpec(SIGNATURE_FIELD, on_page=box.page_index, box=(x1, y1, x2, y2)),
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
