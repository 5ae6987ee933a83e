"""Every sentence of the PDFs in English, by key (the keys are the same in every language)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "mutuality": "Guichet Health Fund",
    "tagline": "Your health fund, close to home",
    "head_office": "Head office",
    "phone": "Tel. {phone}",
    "page": "page {page} / {pages}",
    "box": "box",
    "date_line": "{town}, {date}",
    "reference": "Your national register number: {niss}",
    "salutation": "Dear Sir or Madam,",
    "closing": "Yours faithfully,",
    "signatory": "The e-Mut team of the Guichet Health Fund",
    "username_label": "Username (your national register number)",
    "where_to_log_in": (
        "You can log in to e-Mut from home, on our website, or at a Guichet terminal in one "
        "of our offices."
    ),
    "confidential": (
        "These details are strictly personal and confidential. Do not share them with "
        "anyone, not even a member of our staff: we will never ask you for your password. "
        "Keep this letter in a safe place, or destroy it once you have chosen your own "
        "password."
    ),
    "not_you": (
        "If you did not make this request, please contact your office as soon as possible."
    ),
    "credentials_title": "Your e-Mut online account",
    "credentials_intro": (
        "Your e-Mut online account has been opened. With it you can consult your file, follow "
        "your reimbursements and order your documents whenever you wish. Here are your "
        "personal login details:"
    ),
    "initial_password_label": "Initial password",
    "change_at_first_login": (
        "When you first log in, you will be asked to replace this initial password with a "
        "password of your own that only you know."
    ),
    "new_password_title": "Your new e-Mut password",
    "new_password_intro": (
        "You told us that you have forgotten your e-Mut password. Here is a new password; it "
        "replaces the previous one, which is no longer valid."
    ),
    "new_password_label": "New password",
    "change_at_next_login": (
        "When you next log in, you will be asked to replace this password with a password of "
        "your own that only you know."
    ),
    "form_title": "Application for membership",
    "form_subtitle": (
        "To be signed at the terminal with your electronic identity card (eID) and your PIN"
    ),
    "section_person": "1. Personal details",
    "niss": "National register number",
    "surname": "Surname",
    "first_names": "First names",
    "birth_date": "Date of birth",
    "sex": "Sex",
    "sex_M": "male",
    "sex_F": "female",
    "sex_X": "X",
    "nationality": "Nationality",
    "address": "Address",
    "language": "Language of correspondence",
    "language_fr": "French",
    "language_nl": "Dutch",
    "language_de": "German",
    "language_en": "English",
    "phone_label": "Telephone",
    "email": "E-mail address",
    "not_given": "not given",
    "section_role": "2. Status",
    "role_holder": "Holder (insured in their own right)",
    "role_dependant": "Dependant",
    "holder_niss": "National register number of the holder: {niss}",
    "section_affiliation": "3. Membership",
    "first_affiliation": "First membership of a health fund",
    "mutation": "Transfer: I am leaving {previous} for the Guichet Health Fund",
    "effective_on": "Takes effect on {date}",
    "section_declaration": "4. Declaration",
    "declaration_holder": (
        "I, the undersigned, apply for membership of the Guichet Health Fund for the "
        "compulsory health care and benefits insurance, and for the services of the "
        "complementary insurance that membership entitles me to."
    ),
    "declaration_dependant": (
        "I, the undersigned, apply to be registered with the Guichet Health Fund as a "
        "dependant of the holder named above, for the compulsory health care insurance."
    ),
    "declaration_mutation": (
        "I instruct the Guichet Health Fund to take, in my name, the necessary steps with my "
        "current health fund; I do not need to do anything there myself."
    ),
    "declaration_truth": (
        "I declare on my honour that the information above is true and complete, and I "
        "undertake to inform the health fund of any change in my situation."
    ),
    "privacy": (
        "The Guichet Health Fund processes your data to manage your health insurance, in "
        "accordance with the General Data Protection Regulation (GDPR). You may consult and "
        "have them corrected at any of our offices."
    ),
    "signed_on": "Signed on {date}",
    "signature": "Signature",
    "signature_hint": "Electronic signature with the eID card",
    "receipt_title": "Official receipt of reimbursements",
    "receipt_intro": (
        "The Guichet Health Fund certifies that it reimbursed the health care services "
        "below, for the amounts shown."
    ),
    "reference_label": "Reference",
    "member": "Member",
    "affiliation_number": "Membership number",
    "beneficiaries": "Beneficiaries",
    "col_care_date": "Date of care",
    "col_paid_on": "paid on",
    "col_beneficiary": "Beneficiary",
    "col_provider": "Provider",
    "col_code_label": "Code and description",
    "col_official_fee": "Official fee",
    "col_supplement": "Supplement",
    "col_reimbursed": "Reimbursed",
    "col_personal_share": "Personal share",
    "total": "Total",
    "receipt_note": (
        "Personal share = official fee + supplement − reimbursement. A negative amount "
        "corrects an earlier reimbursement; it is counted in the totals."
    ),
    "issued_at_terminal": "Issued at the terminal on {date}",
    "receipt_signatory": "The reimbursements department of the Guichet Health Fund",
    "statement_title": "Statement of incapacity benefits",
    "statement_declaration": (
        "The Guichet Health Fund certifies that {name}, national register number {niss}, "
        "received the following incapacity benefits for the period from {start} to {end}."
    ),
    "statement_none": "No benefit was paid for this period.",
    "col_covers": "Period covered",
    "col_phase": "Kind",
    "col_days": "Days",
    "col_daily_amount": "Daily amount",
    "col_gross": "Gross",
    "col_withholding": "Withholding",
    "col_net": "Net",
    "col_payment_date": "Paid on",
    "phase_primary": "Primary incapacity",
    "phase_invalidity": "Invalidity",
    "phase_maternity": "Maternity leave",
    "statement_purpose": "This statement is issued for whatever purpose it may serve.",
    "statement_signatory": "The benefits department of the Guichet Health Fund",
    "bank_title": "Change of bank account",
    "bank_section_member": "1. Member",
    "bank_section_account": "2. Bank account",
    "bank_section_request": "3. Request",
    "bank_current_account": "Current account",
    "bank_no_current_account": "no account on file",
    "bank_new_account": "New account (IBAN)",
    "bank_name": "Bank",
    "bank_request": (
        "I, the undersigned, ask the Guichet Health Fund to pay the amounts due to me (health "
        "care reimbursements, benefits and other payments) into this account from now on."
    ),
}
