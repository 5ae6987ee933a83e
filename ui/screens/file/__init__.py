"""The member's file: one screen (screen.py), one module per section page, and what the pages
share (common.py). Sections: my data (with the contact and bank account changes),
reimbursements (detail of a payment, the calculator, the official receipt), indemnities (with
the statement), DMG, MAF, young savers, medical agreements, my documents, ordering documents
and "Contact us"; bank_sign.py is the PIN page of the bank account change."""

from ui.screens.file.screen import FileScreen

__all__ = ["FileScreen"]
