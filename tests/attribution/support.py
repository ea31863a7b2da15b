"""Speakers and a one-call `suggest` shared by the attribution rule tests."""

from __future__ import annotations

from claimtrack.attribution import Attributor, SpeakerSuggestion
from claimtrack.model import Speaker

ALIYEV = Speaker(
    id="aliyev", name="Ilham Aliyev", aliases=("Алиев", "Presiden Aliyev"), kind="person"
)
PESKOV = Speaker(id="peskov", name="Dmitry Peskov", aliases=("Песков",), kind="person")
HAJIYEV = Speaker(id="hajiyev", name="Hikmet Hajiyev", aliases=("Гаджиев",), kind="person")
KREMLIN = Speaker(id="kremlin", name="Kremlin", aliases=("Кремль",), kind="government")
AZ = Speaker(id="az", name="Azerbaijan", aliases=("Baku", "Баку"), kind="government")
AM = Speaker(id="am", name="Armenia", aliases=("Yerevan", "Ереван"), kind="government")
RU_MOD = Speaker(
    id="ru-mod",
    name="Russian Defence Ministry",
    aliases=("Russia's defence ministry", "Минобороны России", "Kementerian Pertahanan Rusia"),
    kind="ministry",
)
RU_MFA = Speaker(
    id="ru-mfa", name="Russian Foreign Ministry", aliases=("МИД России",), kind="ministry"
)
AM_MFA = Speaker(
    id="am-mfa",
    name="Armenian Foreign Ministry",
    aliases=("Armenia's foreign ministry", "Ministry of Foreign Affairs of Armenia"),
    kind="ministry",
)
ICRC = Speaker(
    id="icrc",
    name="International Committee of the Red Cross",
    aliases=("ICRC",),
    kind="organisation",
)
RIA = Speaker(id="ria", name="RIA Novosti", aliases=("РИА Новости",), kind="media")
SPEAKERS = [ALIYEV, PESKOV, HAJIYEV, KREMLIN, AZ, AM, RU_MOD, RU_MFA, AM_MFA, ICRC, RIA]


def suggest(
    lang: str, *sentences: str, speakers: list[Speaker] | None = None
) -> list[SpeakerSuggestion | None]:
    """One document of `sentences` (a blank line starts a new paragraph), one span each."""
    text, spans = "", []
    for sentence in sentences:
        if text:
            text += "\n\n" if sentence.startswith("\n") else " "
        body = sentence.lstrip("\n")
        spans.append((len(text), len(text) + len(body)))
        text += body
    return Attributor(SPEAKERS if speakers is None else speakers).suggest(text, spans, lang)


def who(suggestion: SpeakerSuggestion | None) -> str | None:
    """The registered speaker id, "+<phrase found>" for a proposal, or None."""
    if suggestion is None:
        return None
    if suggestion.speaker is None and suggestion.proposal is not None:
        return f"+{suggestion.proposal.mention}"
    return suggestion.speaker


def one(lang: str, sentence: str) -> str | None:
    """Who speaks in a single sentence."""
    return who(suggest(lang, sentence)[0])
