"""A terminal offers the languages its settings name (`languages`), the first one the default:
a contact point in Eupen offers German and French, one in Mons French alone."""

from __future__ import annotations

from app.config import load_settings


def test_the_language_bar_shows_only_the_languages_offered(make_window, tmp_path):
    config = tmp_path / "guichet.toml"
    config.write_text('languages = ["de", "fr"]\n')
    settings = load_settings(config, environ={})
    window = make_window("kiosk", settings.language)
    window.offer_languages(settings.languages)
    window.show()
    shown = [code for code, button in window.language_bar.buttons.items() if button.isVisible()]
    assert shown == ["fr", "de"]  # the bar's own order
    assert window.language_bar.buttons["de"].isChecked()
    assert window.current_screen.title.text() == "Willkommen bei Ihrer Krankenkasse"
    assert window.current_screen.language_hint.isVisible()


def test_a_terminal_with_one_language_offers_no_choice(make_window, tmp_path):
    settings = load_settings(tmp_path / "absent.toml", environ={"GUICHET_LANGUAGES": "fr"})
    window = make_window("kiosk", settings.language)
    window.offer_languages(settings.languages)
    window.show()
    assert not window.language_bar.isVisible()
    assert not window.current_screen.language_hint.isVisible()
    assert window.current_screen.title.text() == "Bienvenue à votre mutualité"
