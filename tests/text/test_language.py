from __future__ import annotations

import pytest

from framing.text.language import detected_language, is_supported


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The foreign ministers of Russia and Ukraine met in Turkey on Thursday for talks.", "en"),
        ("Les chefs de la diplomatie russe et ukrainienne se rencontrent jeudi en Turquie.", "fr"),
        ("Die Außenminister Russlands und der Ukraine trafen sich am Donnerstag in der Türkei.", "de"),
        ("التقى وزيرا خارجية روسيا وأوكرانيا في تركيا يوم الخميس", "ar"),
    ],
)
def test_detected_language(text, code):
    assert detected_language(text).code == code


@pytest.mark.parametrize("text", ["", "   ", "12 34 !!", "—"])
def test_nothing_to_identify(text):
    assert detected_language(text) is None


@pytest.mark.parametrize(("code", "supported"), [("en", True), ("fr", True), ("de", False), (None, False)])
def test_is_supported(code, supported):
    assert is_supported(code) is supported
