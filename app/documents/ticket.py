"""A queue ticket as the kiosk prints it: the agency, the service, the big number, the expected
wait and the time, on a small page (80 mm wide, as a ticket printer's roll; an office printer
prints it at the top of a sheet).

Its few sentences are here in the four languages rather than in app/documents/texts/: they
belong to this page alone.
"""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas

from app.documents.layout import FONT, FONT_BOLD, GREY, TEAL, register_fonts
from app.documents.receipt import short_date
from app.documents.texts import check_language
from app.domain.clock import brussels_time

WIDTH, HEIGHT = 80 * mm, 90 * mm

TEXTS = {
    "fr": {
        "title": "Votre ticket",
        "adviser": "Conseiller",
        "social": "Service social",
        "medical": "Médecin-conseil",
        "wait": "Attente estimée : environ {minutes} min ({ahead} avant vous)",
        "next": "Vous êtes le prochain",
        "no_wait": "L'attente ne peut pas être estimée pour le moment",
        "watch": "Votre numéro s'affichera à l'écran avec le guichet qui vous appelle.",
        "at": "{date} à {time}",
    },
    "nl": {
        "title": "Uw ticket",
        "adviser": "Adviseur",
        "social": "Sociale dienst",
        "medical": "Adviserend arts",
        "wait": "Geschatte wachttijd: ongeveer {minutes} min ({ahead} voor u)",
        "next": "U bent de volgende",
        "no_wait": "De wachttijd kan nu niet worden geschat",
        "watch": "Uw nummer verschijnt op het scherm met het loket dat u oproept.",
        "at": "{date} om {time}",
    },
    "de": {
        "title": "Ihr Ticket",
        "adviser": "Berater",
        "social": "Sozialdienst",
        "medical": "Vertrauensarzt",
        "wait": "Geschätzte Wartezeit: etwa {minutes} Min. ({ahead} vor Ihnen)",
        "next": "Sie sind als Nächste(r) dran",
        "no_wait": "Die Wartezeit kann im Moment nicht geschätzt werden",
        "watch": "Ihre Nummer erscheint auf dem Bildschirm mit dem Schalter, der Sie aufruft.",
        "at": "{date} um {time}",
    },
    "en": {
        "title": "Your ticket",
        "adviser": "Adviser",
        "social": "Social service",
        "medical": "Medical adviser",
        "wait": "Expected wait: about {minutes} min ({ahead} before you)",
        "next": "You are next",
        "no_wait": "The wait cannot be estimated now",
        "watch": "Your number will show on the screen with the desk that calls you.",
        "at": "{date} at {time}",
    },
}


def wait_sentence(wait, language: str) -> str:
    """The expected wait in words (`wait`: app.services.tickets.ExpectedWait or None)."""
    words = TEXTS[check_language(language)]
    if wait is None:
        return words["no_wait"]
    if wait.ahead == 0:
        return words["next"]
    return words["wait"].format(minutes=wait.minutes, ahead=wait.ahead)


def _lines(c: pdfcanvas.Canvas, text: str, font: str, size: float, top: float) -> float:
    """`text` centred, wrapped to the page's width; returns the baseline under it."""
    from reportlab.lib.utils import simpleSplit

    for line in simpleSplit(text, font, size, WIDTH - 10 * mm):
        c.setFont(font, size)
        c.drawCentredString(WIDTH / 2, top, line)
        top -= size * 1.3
    return top


def ticket_pdf(ticket, *, language: str) -> bytes:
    """The ticket (app.services.tickets.IssuedTicket) in `language`."""
    words = TEXTS[check_language(language)]
    register_fonts()
    out = io.BytesIO()
    c = pdfcanvas.Canvas(out, pagesize=(WIDTH, HEIGHT), invariant=True)
    c.setTitle(f"{words['title']} {ticket.number}")
    top = HEIGHT - 10 * mm
    c.setFillColor(TEAL)
    if ticket.agency is not None:
        top = _lines(c, ticket.agency.name, FONT_BOLD, 11, top)
    top = _lines(c, words[ticket.service], FONT, 12, top - 2 * mm)
    c.setFillColor("#000000")
    c.setFont(FONT_BOLD, 44)
    c.drawCentredString(WIDTH / 2, top - 16 * mm, ticket.number)
    top -= 26 * mm
    top = _lines(c, wait_sentence(ticket.wait, language), FONT, 10, top)
    c.setFillColor(GREY)
    top = _lines(c, words["watch"], FONT, 8, top - 2 * mm)
    local = brussels_time(ticket.issued_at)
    when = words["at"].format(date=short_date(local.date(), language), time=f"{local:%H:%M}")
    _lines(c, when, FONT, 9, top - 2 * mm)
    c.showPage()
    c.save()
    return out.getvalue()
