"""The speaker-suggestion service: per-sentence rules, carry-over and links between sentences."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from claimtrack.attribution import discourse
from claimtrack.attribution.aliases import (
    INFLECTED_SCORE,
    PEOPLE_KINDS,
    AliasIndex,
    named_as_person,
    word_score,
)
from claimtrack.attribution.bodies import (
    MAX_ORGANISATION_WORDS,
    bodies_named_in,
    body_key,
    body_kind,
    described_body,
    home_country,
    organisation_named,
    same_described_body,
    states_named,
)
from claimtrack.attribution.cues import (
    Lexicon,
    all_compound_names,
    all_stopwords,
    available_languages,
    load_lexicon,
)
from claimtrack.attribution.gender import person_gender, pronoun_gender
from claimtrack.attribution.groups import (
    CASE_AFTER,
    OFFICIAL,
    SOURCE,
    group_speaker,
)
from claimtrack.attribution.morphology import (
    attested_in,
    attested_names,
    office_case,
    word_forms,
)
from claimtrack.attribution.places import (
    capital_of,
    names_a_place,
    names_any_place,
    place_of_adjective,
)
from claimtrack.attribution.proposals import (
    NewSpeaker,
    a_voice,
    name_words,
    new_speaker,
    registered_form,
    surname,
    without_possessive,
)
from claimtrack.attribution.rules import analyse, statement_issuer
from claimtrack.attribution.same_speaker import likely_same, romanised, same_spelling, sounded
from claimtrack.attribution.sentence import Finding, Sentence
from claimtrack.attribution.subjects import SCORE_PROPOSAL
from claimtrack.attribution.text import Token, fold_str, tokenize, words
from claimtrack.model import Speaker
from claimtrack.textnorm import RU_ADJECTIVE_ANY

LOOKBACK = 4
"""How many previous statements a pronoun, short form or trailing cue may reach back to."""
LOOKBACK_NAMED = 12
"""How far "the panel", "komisi itu" may reach: only a speaker named with the word fits."""
MENTION_REACH = 2
"""How many sentences back a body named without speaking may be what "the group" means:
further, the story has moved on."""
SCORE_MENTIONED = 0.6
"""A short form resolved to a body an earlier sentence only names."""

SCORE_CARRY_KNOWN = 0.85
SCORE_CARRY_SUGGESTED = 0.75
SCORE_LINKED = 0.7
"""At most this for a sentence that borrows a neighbour's speaker (quotation, "Об этом")."""
SCORE_VOICE = 0.6
"""A sentence of a statement that names no speaker of its own speaks with the issuer's voice."""
SCORE_OTHER_SCRIPT = 0.7
"""At most this for a proposed person found registered under a spelling in another script."""
SCORE_PLACE_FOR_BODY = 0.6
"""At most this for a place said to speak ("Karabakh accuses …") given to the one registered
body named after it ("Nagorno-Karabakh officials")."""
_PROBE = "\x00proposal"


@dataclass(frozen=True, slots=True)
class SpeakerSuggestion:
    """A proposed speaker for one statement, with its confidence and the reason for it."""

    speaker: str | None
    """A registered Speaker.id, or None when proposing a new speaker (see proposed_name)."""
    score: float
    """Confidence, 0..1."""
    reason: str
    """Human-readable, e.g. 'alias "Aliyev" before cue "mengatakan"'."""
    cue: str | None = None
    """The cue matched, if any."""
    proposal: NewSpeaker | None = None
    """The unregistered speaker to register, when `speaker` is None."""
    found_as: NewSpeaker | None = None
    """What a registered `speaker` was found as when the text named them as someone new
    ("Министр обороны Вальдории Антон Браск" for Anton Brask): accepting teaches the
    speaker those names, so the office alone finds them next time."""

    @property
    def proposed_name(self) -> str | None:
        """The name a proposed new speaker would be registered under."""
        return self.proposal.name if self.proposal else None

    @property
    def named_as(self) -> NewSpeaker | None:
        """How the text named the speaker when no registered name said it: the proposal, or
        what a registered speaker was found as. Picking a speaker for the statement teaches
        it these names."""
        return self.proposal or self.found_as


@dataclass(frozen=True, slots=True)
class _Antecedent:
    speaker: str | None
    proposal: NewSpeaker | None
    known: bool
    score: float
    voiced: bool = False


_LABELS = frozenset(
    label for lang in available_languages() for label in load_lexicon(lang).vague_groups.values()
)
"""The labels a group of people nobody names is proposed under ("Residents", "Witnesses")."""
_CASE_ENDINGS = ("a", "u", "e", "om", "ym", "oi")
"""Russian case endings, romanised: "Ренца" (genitive) is the surname Renz."""


class Attributor:
    """Suggests speakers for the statements of a document; build once, reuse for many."""

    def __init__(self, speakers: Sequence[Speaker]) -> None:
        self._speakers = {s.id: s for s in speakers}
        self._index = AliasIndex(speakers, all_stopwords())
        # people by name, filed as people or under a kind that may hold one ("Ирина Довгаль"
        # as officials), compared as people's names across scripts ("Dovgal"); a body's
        # kind ("Dmitry Peskov" as a ministry) is no person's filing
        self._people = [
            s if s.kind == "person" else replace(s, kind="person")
            for s in speakers
            if s.kind in PEOPLE_KINDS and named_as_person(s)
        ]
        self._body_keys: dict[tuple[str, str], str] = {}  # (kind of body, country) -> speaker
        self._keys_of: dict[str, set[tuple[str, str]]] = {}  # speaker -> its body keys
        # (kind of body, its word) -> the speakers: "Regional Health Ministry"
        self._described: dict[tuple[str, str], set[str]] = {}
        for speaker in speakers:
            for name in speaker.names if speaker.kind != "person" else ():
                if (key := body_key(name)) is not None:
                    self._body_keys.setdefault(key, speaker.id)
                    self._keys_of.setdefault(speaker.id, set()).add(key)
                elif (described := described_body(name)) and not _its_side(described, speaker):
                    self._described.setdefault(described, set()).add(speaker.id)
        self._bodies = [s for s in speakers if s.kind != "person"]
        self._initialled: dict[str, set[str]] = {}  # "ocha" -> the bodies whose names make it
        for body in self._bodies:
            for initials in {i for name in body.names for i in body_initials(name)}:
                self._initialled.setdefault(initials, set()).add(body.id)
        self._labels = {fold_str(s.name): s.id for s in self._bodies}  # "Residents (Kharkiv)"
        # the nominatives registered names write: "Лев Толстой" says «Толстого» is Толстой
        self._attested = attested_names(
            name for s in speakers if s.kind == "person" or " " not in s.name for name in s.names
        )

    def suggest(
        self,
        text: str,
        spans: Sequence[tuple[int, int]],
        lang: str,
        known: Sequence[str | None] | None = None,
    ) -> list[SpeakerSuggestion | None]:
        """One suggestion (or None: narration / no idea) per span of ONE document, in order.

        `known` holds the speaker id already tagged on each span; carry-over ("..., kata
        mereka.", "he said", "the ministry also said") prefers it to earlier suggestions.
        """
        if known is not None and len(known) != len(spans):
            raise ValueError(f"known has {len(known)} entries for {len(spans)} spans")
        lexicon = load_lexicon(lang)
        known = list(known) if known is not None else [None] * len(spans)
        sentences = [Sentence.prepare(text[start:end], self._index) for start, end in spans]
        results: list[SpeakerSuggestion | None] = []
        voiced: list[bool] = []
        described: dict[int, tuple[str, bool, str]] = {}  # statement -> (kind of body it
        # names alone, whether its words name it: "The Health Ministry", "the regional health
        # ministry", not "the health ministry"; the name proposed for it)
        issuer = statement_issuer(sentences[0], lexicon) if sentences else None
        # the nominatives the register and this document write ("Андрей Лесовой")
        attested = self._attested | attested_in(text) if lexicon.case_endings else frozenset()
        indefinite: dict[int, Finding] = {}  # "A ministry spokesman said": `_one_ministry`
        for number, sentence in enumerate(sentences):
            finding = issuer if number == 0 and issuer else analyse(sentence, lexicon)
            if finding is not None and _unnamed(finding, sentence, lexicon):
                # "Собеседник агентства, пожелавший остаться неизвестным, заявил": a source
                # nobody names, not the last speaker
                finding = replace(finding, kind="propose", how=f"propose-{_where(finding)}")
            if finding is not None and finding.indefinite:
                indefinite[number] = finding
                suggestion, via_voice = None, False
            elif finding is not None and finding.kind == "carry":
                suggestion, via_voice = self._carry(
                    finding, known, results, voiced, number, sentences, lexicon
                )
                if suggestion is None and _bare_body(finding, lexicon):
                    # "Полиция заявила" with no police before: the body word is the speaker
                    proposed = replace(finding, kind="propose", how=f"propose-{_where(finding)}")
                    suggestion = self._direct(proposed, lexicon, sentence, attested)
                elif suggestion is None and finding.body:
                    # "the defence ministry said" with none before: whose, the article says
                    how = f"propose-{_where(finding)}"
                    proposed = replace(finding, kind="propose", how=how, score=SCORE_PROPOSAL)
                    suggestion = self._direct(proposed, lexicon, sentence, attested)
                    if suggestion is not None and suggestion.proposal is not None:
                        named = _described_by_name(finding, sentence, lexicon)
                        described[number] = (finding.body, named, suggestion.proposal.name)
                elif finding.body and suggestion.proposal and body_kind(suggestion.proposal.name):
                    # carried over one described so too
                    named = _described_by_name(finding, sentence, lexicon)
                    described[number] = (finding.body, named, suggestion.proposal.name)
            else:
                suggestion = self._direct(finding, lexicon, sentence, attested)
                via_voice = bool(finding and finding.voiced)
            results.append(suggestion)
            voiced.append(via_voice)
        introduced = [
            antecedent.proposal
            for number, sentence in enumerate(sentences)
            if results[number] is None
            and (antecedent := self._introduced(sentence, lexicon, opening=True)) is not None
            and antecedent.proposal is not None
        ]
        _same_person(results, first_names=lexicon.first_name_references, narrated=introduced)
        _same_short_name(results)
        self._registered_people(results)
        self._registered_bodies(results, lexicon)
        self._registered_labels(results)
        self._registered_initials(results)
        self._same_body(results)
        self._whose_kind(results, described, sentences, lexicon)
        self._one_ministry(results, indefinite, sentences, lexicon)
        if lexicon.first_name_references:
            self._registered_first_names(results, known, sentences)
        self._places_for_bodies(results)
        self._link(text, spans, sentences, lexicon, results)
        if issuer is not None and results and results[0] is not None:
            self._voice(sentences, results[0], results)
        return results

    def _registered_people(self, results: list[SpeakerSuggestion | None]) -> None:
        """A person proposed as new who is registered under their name in another script
        ("Владимир Путин" beside "Vladimir Putin") is that speaker, not a duplicate."""

        def registered(proposal: NewSpeaker) -> str | None:
            # One word is a surname as much as a name ("Ренц заявил" for Arkady Renz).
            alone = proposal.kind == "other" and " " not in proposal.name.strip()
            if proposal.kind != "person" and not alone:
                return None
            probe = Speaker(_PROBE, proposal.name, proposal.aliases, kind="person")
            alike = likely_same([*self._people, probe], only=_PROBE).get(_PROBE)
            if alike and alone:  # a lone word must be the surname, not like it ("Renzi")
                said = sounded(romanised(proposal.name))
                forms = {said, *(said[: -len(e)] for e in _CASE_ENDINGS if said.endswith(e))}
                alike = [a for a in alike if sounded(romanised(a.other_name.split()[-1])) in forms]
            return alike[0].other if alike else None

        def why(suggestion: SpeakerSuggestion, proposal: NewSpeaker, speaker: str) -> str:
            name = self._name(speaker)
            if proposal.name == name:
                return f"{suggestion.reason}: a registered speaker"
            return f'{suggestion.reason}: "{proposal.name}" is registered as "{name}"'

        def same_name(proposal: NewSpeaker, speaker: str) -> bool:
            # Only the very name in another script teaches: "Ильгар Алиев" is only like
            # Ilham Aliyev, and his office must not become Aliyev's.
            return same_spelling(proposal.name, self._name(speaker))

        if self._people:
            _replace_proposals(results, registered, SCORE_OTHER_SCRIPT, why, teach=same_name)

    def _registered_bodies(self, results: list[SpeakerSuggestion | None], lexicon: Lexicon) -> None:
        """A body proposed as new that is registered under its name in another language
        ("Министерство обороны Армении" beside "Armenian Defence Ministry") is that speaker;
        accepting it teaches the speaker this name (`attribution.bodies`). So is an unnamed
        spokesman of it ("Представитель российского МИДа"), as when its name is registered."""

        def registered(proposal: NewSpeaker) -> str | None:
            if proposal.kind == "person":
                return None
            key = body_key(proposal.name) or body_key(_unvoiced(proposal.name, lexicon))
            if key is not None:
                return self._body_keys.get(key)
            unvoiced = _unvoiced(proposal.name, lexicon)
            return self._described_as(proposal.name) or self._described_as(unvoiced)

        def named(proposal: NewSpeaker) -> bool:
            return body_key(proposal.name) is not None or described_body(proposal.name) is not None

        def why(suggestion: SpeakerSuggestion, proposal: NewSpeaker, speaker: str) -> str:
            name = self._name(speaker)
            if not named(proposal):
                return f'{suggestion.reason}: speaks for "{name}"'
            return f'{suggestion.reason}: "{proposal.name}" is another name of "{name}"'

        def teach(proposal: NewSpeaker, _speaker: str) -> bool:
            return named(proposal)  # the body's name, not its spokesman

        if self._body_keys or self._described:
            _replace_proposals(results, registered, SCORE_OTHER_SCRIPT, why, teach=teach)

    def _described_as(self, name: str) -> str | None:
        """The one registered body `name` is in another language by its kind and the word
        describing it (`bodies.described_body`: "Региональный минздрав" for "Regional Health
        Ministry"); None for none, or several."""
        key = described_body(name)
        if key is None:
            return None
        found = {
            s for k, ids in self._described.items() if same_described_body(key, k) for s in ids
        }
        return next(iter(found)) if len(found) == 1 else None

    def _registered_labels(self, results: list[SpeakerSuggestion | None]) -> None:
        """A group nobody names proposed under a label registered already ("Residents
        (Kharkiv)", "Anonymous source"): no text holds the label, so no alias finds it."""
        labels = self._labels

        def registered(proposal: NewSpeaker) -> str | None:
            if words(proposal.name) == words(proposal.mention):
                return None  # a name as written: the alias index had its chance
            return labels.get(fold_str(proposal.name))

        def why(suggestion: SpeakerSuggestion, proposal: NewSpeaker, speaker: str) -> str:
            return f'{suggestion.reason}: "{self._name(speaker)}" is registered'

        if labels:
            _replace_proposals(results, registered, SCORE_LINKED, why)

    def _registered_initials(self, results: list[SpeakerSuggestion | None]) -> None:
        """A body proposed by initials its registered name makes ("OCHA said", with "United
        Nations Office for the Coordination of Humanitarian Affairs" registered) is that
        speaker, which accepting teaches the initials; a known body's own initials ("WHO")
        are left to its data, and initials two bodies make to nobody."""

        def registered(proposal: NewSpeaker) -> str | None:
            if not _acronym_name(proposal) or _known_body(proposal.name):
                return None
            found = self._initialled.get(fold_str(proposal.name), set())
            return next(iter(found)) if len(found) == 1 else None

        def why(suggestion: SpeakerSuggestion, _proposal: NewSpeaker, speaker: str) -> str:
            return f'{suggestion.reason}: the initials of "{self._name(speaker)}"'

        if self._initialled:
            _replace_proposals(results, registered, SCORE_LINKED, why, teach=lambda _p, _s: True)

    def _same_body(self, results: list[SpeakerSuggestion | None]) -> None:
        """One body named twice in a document is one speaker: "Sudan's army" after the
        headline's "Sudan army" is that proposal, not a second one; and a body's kind alone
        ("по данным Минобороны", "the defence ministry") is the one body of that kind the
        document names with its country ("Минобороны РФ", registered or not), if only one."""
        named: dict[tuple[str, str], SpeakerSuggestion] = {}
        for suggestion in results:
            if suggestion is None:
                continue
            if suggestion.speaker is not None:
                for key in self._keys_of.get(suggestion.speaker, ()):
                    named.setdefault(key, suggestion)
            elif (
                suggestion.proposal is not None
                and suggestion.proposal.kind != "person"
                and (key := body_key(suggestion.proposal.name)) is not None
            ):
                named.setdefault(key, suggestion)
        if not named:
            return
        for number, suggestion in enumerate(results):
            proposal = suggestion.proposal if suggestion else None
            if suggestion is None or suggestion.speaker is not None or proposal is None:
                continue
            if proposal.kind == "person":
                continue
            key = body_key(proposal.name)
            if key is not None:
                first = named[key]
                if first.proposal is proposal or first.speaker is not None:
                    continue  # itself; a registered one is found by `_registered_bodies`
                target = first
            else:
                kind = body_kind(proposal.name)
                bodies = {k for k in named if k[0] == kind} if kind else set()
                if len(bodies) != 1:
                    continue
                target = named[bodies.pop()]
            label = self._name(target.speaker) if target.speaker else target.proposed_name
            reason = f'{suggestion.reason}: the document names it as "{label}"'
            if target.speaker is not None:
                reason = reason.replace("unregistered ", "", 1)
                results[number] = SpeakerSuggestion(
                    target.speaker, round(min(suggestion.score, SCORE_LINKED), 3), reason,
                    suggestion.cue,
                )  # fmt: skip
            else:
                results[number] = replace(suggestion, proposal=target.proposal, reason=reason)

    def _registered_first_names(
        self,
        results: list[SpeakerSuggestion | None],
        known: Sequence[str | None],
        sentences: Sequence[Sentence],
    ) -> None:
        """ "…, tutur Arif" in an article naming Arif Santoso, registered: where the press
        calls people by their first name (Indonesian), a lone word that is the first name
        of exactly one registered person this article names (speaking or not) is them."""
        lone = {
            words(s.proposal.name)[0]
            for s in results
            if s and s.proposal and len(words(s.proposal.name)) == 1
        }
        by_first: dict[str, list[str]] = {}
        for person in self._people:
            if len(tokens := words(person.name)) >= 2 and tokens[0] in lone:
                by_first.setdefault(tokens[0], []).append(person.id)
        if not by_first:
            return
        named = {s.speaker for s in results if s and s.speaker} | {k for k in known if k}
        named |= {m.speaker for sentence in sentences for m in sentence.mentions}

        def registered(proposal: NewSpeaker) -> str | None:
            found = [p for p in by_first.get(words(proposal.name)[0], []) if p in named]
            return found[0] if len(found) == 1 and len(words(proposal.name)) == 1 else None

        def why(suggestion: SpeakerSuggestion, proposal: NewSpeaker, speaker: str) -> str:
            return f'{suggestion.reason}: the first name of "{self._name(speaker)}"'

        _replace_proposals(results, registered, SCORE_CARRY_SUGGESTED, why)

    def _places_for_bodies(self, results: list[SpeakerSuggestion | None]) -> None:
        """A headline's place that speaks ("Karabakh accuses Baku …", "Armenia says …")
        stands for its authorities: when exactly one registered body carries the place's
        words in its name or an alias, it is suggested instead of registering the place.
        A capital that speaks ("Moscow warned", «Москва заявила») stands for its state: the
        one registered speaker that is the state or its government (`places.capital_of`,
        `bodies.states_named`), never for another town ("Ganja" is no state's); accepting
        it teaches the state its capital. The capital must be the whole mention, not a
        name left once a title is taken off it ("Mr Paris", «Генерал Москва»: a person)."""

        def capital_said(proposal: NewSpeaker) -> frozenset[str]:
            # the phrase as written ("Москве" after «в», which is no part of it), not the
            # name, from which new_speaker took the title ("Mr Paris" -> "Paris")
            return capital_of(proposal.mention or proposal.name)

        def body_of(proposal: NewSpeaker) -> str | None:
            if states := capital_said(proposal):
                found = {b.id for b in self._bodies if states_named(b.names) & states}
                return found.pop() if len(found) == 1 else None
            if not names_a_place(proposal.name):
                return None
            place = words(proposal.name)
            bodies = {
                body.id
                for body in self._bodies
                for name in (body.name, *body.aliases)
                if _contains(words(name), place)
            }
            return bodies.pop() if len(bodies) == 1 else None

        def why(suggestion: SpeakerSuggestion, proposal: NewSpeaker, speaker: str) -> str:
            cue = f' (cue "{suggestion.cue}")' if suggestion.cue else ""
            body = self._name(speaker)
            place = "capital" if capital_said(proposal) else "place"
            return f'"{proposal.name}" said to speak{cue}: the {place} stands for "{body}"'

        def teach(proposal: NewSpeaker, speaker: str) -> bool:
            return bool(capital_said(proposal))  # accepting "Moscow" for Russia learns it

        if self._bodies:
            _replace_proposals(results, body_of, SCORE_PLACE_FOR_BODY, why, teach=teach)

    def _link(
        self,
        text: str,
        spans: Sequence[tuple[int, int]],
        sentences: Sequence[Sentence],
        lexicon: Lexicon,
        results: list[SpeakerSuggestion | None],
    ) -> None:
        """Give a silent sentence its neighbour's speaker: quotations, back-references."""
        tokens = [s.tokens for s in sentences]
        linked: set[int] = set()
        for link in discourse.links(text, spans, tokens, lexicon):
            source = results[link.source]
            if results[link.target] is not None or link.target in linked or source is None:
                continue
            label = source.proposed_name if source.speaker is None else self._name(source.speaker)
            results[link.target] = SpeakerSuggestion(
                source.speaker,
                round(min(source.score, SCORE_LINKED), 3),
                f'{link.reason}: "{label}"',
                source.cue,
                source.proposal,
            )
            linked.add(link.target)

    def _voice(
        self,
        sentences: Sequence[Sentence],
        heading: SpeakerSuggestion,
        results: list[SpeakerSuggestion | None],
    ) -> None:
        """A statement ("Statement of X on ...") speaks in X's voice wherever none is named;
        X may be a speaker nobody has registered yet (the heading's proposal)."""
        name = self._name(heading.speaker) if heading.speaker else heading.proposed_name
        reason = f'the document is a statement of "{name}"'
        for number, sentence in enumerate(sentences):
            if results[number] is None and not discourse.is_dateline(
                sentence.text, sentence.tokens
            ):
                results[number] = SpeakerSuggestion(
                    heading.speaker, SCORE_VOICE, reason, heading.cue, heading.proposal
                )

    def _direct(
        self,
        finding: Finding | None,
        lexicon: Lexicon,
        sentence: Sentence,
        attested: frozenset[str] = frozenset(),
    ) -> SpeakerSuggestion | None:
        """The suggestion a sentence's own finding makes; a proposal as the register will
        hold it, its surnames in the nominative `attested` writes (`registered_form`)."""
        if finding is None:
            return None
        if finding.kind == "propose":
            if finding.how == "statement":
                reason = f'statement issued by unregistered "{finding.surface}"'
            else:
                reason = f'unregistered "{finding.surface}" {_where(finding)} cue "{finding.cue}"'
            # As the register will hold it ("По словам Пескова" proposes "Песков").
            cue = lexicon.cues.get(fold_str(finding.cue))
            group = group_speaker(finding.surface, sentence.text, lexicon)
            if group is not None:  # "Residents said": a label the three languages share
                reason = f"{reason}: nobody named"
                return SpeakerSuggestion(None, finding.score, reason, finding.cue, group)
            proposed = new_speaker(finding.surface, lexicon)
            case = cue.governs if cue else None
            if case is None and lexicon.case_endings:
                case = _case_found(sentence.text, finding.surface, proposed, lexicon)
            body = _unvoiced(finding.surface, lexicon) if proposed.kind == "other" else ""
            if proposed.kind == "other" and lexicon.case_endings and body_key(body) is None:
                # "сообщили в **пресс-службе** Минобороны …": the office in the nominative
                registered = registered_form(proposed, lexicon.lang, case, attested)
                body = _unvoiced(registered.name, lexicon)
            if body and body_key(body) is not None:
                # "A Pentagon spokesman said": nobody named speaks for a known body, which is
                # what to register ("Pentagon"), as a registered body is found there
                proposed = replace(new_speaker(body, lexicon), mention=finding.surface)
                reason = f'{reason}: speaks for "{without_possessive(body, lexicon)}"'
            proposal = registered_form(proposed, lexicon.lang, case, attested)
            if proposal.kind == "other" and _aged(sentence.text, finding.surface):
                proposal = replace(proposal, kind="person")
            return SpeakerSuggestion(None, finding.score, reason, finding.cue, proposal)
        if finding.how == "headline":
            reason = f'alias "{finding.surface}" before the colon of a headline "Name: ..."'
            return SpeakerSuggestion(finding.speaker, finding.score, reason, None)
        if finding.how == "statement":
            reason = f'statement issued by alias "{finding.surface}" ("{finding.cue} ...")'
            return SpeakerSuggestion(finding.speaker, finding.score, reason, finding.cue)
        reason = f'alias "{finding.surface}" {_where(finding)} cue "{finding.cue}"'
        return SpeakerSuggestion(finding.speaker, round(finding.score, 3), reason, finding.cue)

    def _carry(
        self,
        finding: Finding,
        known: Sequence[str | None],
        results: Sequence[SpeakerSuggestion | None],
        voiced: Sequence[bool],
        number: int,
        sentences: Sequence[Sentence],
        lexicon: Lexicon,
    ) -> tuple[SpeakerSuggestion | None, bool]:
        """Resolve a pronoun, short form or trailing cue to the nearest fitting speaker.

        An office ("the minister", "министр") may also name a registered person holding it
        whom an earlier sentence only mentions ("Lavrov met his Turkish counterpart. The
        minister told reporters ..."): that person is nearer than the last one quoted. So
        may a body ("the group", "the commission") a sentence or two before names without
        quoting it ("Hamas has run Gaza since 2007. The group said …")."""
        office = finding.how.startswith("short-form") and "person" in finding.kinds
        body = finding.how.startswith("short-form") and _refers_to_a_body(finding)
        # a body word names its antecedent ("the panel"): it may reach as far as it spoke
        reach = LOOKBACK_NAMED if finding.names else LOOKBACK
        holder = (
            self._office_holder(finding, known, results, voiced, number, sentences)
            if (office)
            else None
        )
        if holder is not None:
            return holder, False
        pronoun = finding.how == "trailing" or finding.how.startswith("pronoun")
        gender = pronoun_gender(finding.surface, lexicon.lang) if pronoun else None
        for previous in range(number - 1, max(-1, number - 1 - reach), -1):
            if discourse.is_dateline(sentences[previous].text, sentences[previous].tokens):
                body = False  # a new story, or a heading: what came before is another topic
            antecedent = _antecedent(known, results, voiced, previous)
            if gender and not self._may_be(antecedent, gender):
                # "Dr. Elena Moravec, the chief surgeon, was in the theatre …", or "Colonel
                # Ivan Petrov said surgeon Elena Moravec had been detained", then "she said"
                # after a man spoke: the woman the sentence names, unless she spoke before
                named = self._introduced(sentences[previous], lexicon, gender=gender)
                if named is not None and not self._spoke_before(
                    known, results, voiced, previous, gender
                ):
                    antecedent = named
            if antecedent is not None and gender and self._gender(antecedent) not in (None, gender):
                continue  # "she said" is not the man quoted before
            if antecedent is None and office:
                antecedent = self._mentioned_person(sentences[previous], finding.surface)
            if (antecedent is None or not self._fits(antecedent, finding)) and (
                body and previous >= number - MENTION_REACH
            ):
                antecedent = self._mentioned_body(sentences[previous], finding, lexicon)
                if antecedent is not None:
                    label = self._label(antecedent)
                    reason = (
                        f'short form "{finding.surface}" with cue "{finding.cue}" refers to '
                        f"{label}, named in an earlier sentence"
                    )
                    return SpeakerSuggestion(
                        antecedent.speaker, antecedent.score, reason, finding.cue,
                        antecedent.proposal,
                    ), False  # fmt: skip
            if antecedent is None:
                continue
            people = self._group_size(antecedent, lexicon)
            if people and finding.refers == "person" and not finding.kinds:
                # "A local resident said …", then "she said": the resident; after "Residents
                # said …" one of them, and nobody further back
                if people == "many":
                    break
            elif not self._fits(antecedent, finding):
                continue
            label = self._label(antecedent)
            if finding.how == "trailing":
                reason = f'trailing cue "{finding.cue}" carries over {label}'
            else:
                what = "short form" if finding.how.startswith("short-form") else "pronoun"
                reason = f'{what} "{finding.surface}" with cue "{finding.cue}" carries over {label}'
            score = SCORE_CARRY_KNOWN if antecedent.known else SCORE_CARRY_SUGGESTED
            score = round(min(score, antecedent.score), 3)
            suggestion = SpeakerSuggestion(
                antecedent.speaker, score, reason, finding.cue, antecedent.proposal
            )
            return suggestion, antecedent.voiced
        named = None if finding.body else _by_its_word(finding, lexicon)
        if named is not None:  # "the ministry" seven statements after "the health ministry"
            return self._carry(named, known, results, voiced, number, sentences, lexicon)
        return None, False

    def _introduced(
        self,
        sentence: Sentence,
        lexicon: Lexicon,
        *,
        opening: bool = False,
        gender: str | None = None,
    ) -> _Antecedent | None:
        """The first person a sentence names whose gender can be told ("Dr. Elena Moravec,
        the chief surgeon, was in the theatre when the shell hit.", "Back in the basement,
        Ms Petrosyan is counting the days."): a registered person, or a name after an
        honorific or title ("Ms Petrosyan"), or of two capitalised words or more whose first
        name tells it: a gendered pronoun after may be them. `gender`: the first of that
        gender, past a man the sentence names first ("Colonel Ivan Petrov said surgeon
        **Elena Moravec** had been detained"). `opening`: only a person the sentence opens
        with, its subject ("Депутат встретился с **Анной Лесовой**" names an object, whose
        surname "Лесового" is not)."""
        for mention in sentence.mentions:
            if opening and mention.first_token > 1:
                break
            if self._speakers[mention.speaker].kind == "person":
                antecedent = _Antecedent(mention.speaker, None, False, SCORE_MENTIONED)
                if self._gender(antecedent) in ({gender} if gender else {"f", "m"}):
                    return antecedent
        tokens = sentence.tokens
        held = lexicon.ranks | lexicon.titles
        at = 0
        while at < len(tokens):
            first = at
            while first < len(tokens) and tokens[first].capitalised and tokens[first].norm in held:
                first += 1
            last = first
            while last < len(tokens) and tokens[last].capitalised and tokens[last].norm not in held:
                last += 1
            start = tokens[at].start  # with the title: "Mrs Brel" tells her gender
            if last - first >= (1 if first > at else 2) and _joined(
                sentence.text, tokens[first:last]
            ):
                phrase = sentence.text[start : tokens[last - 1].end]
                proposal = registered_form(new_speaker(phrase, lexicon), lexicon.lang)
                told = person_gender(proposal.name, phrase)
                if proposal.kind == "person" and told in ({gender} if gender else {"f", "m"}):
                    return _Antecedent(None, proposal, False, SCORE_MENTIONED)
            if opening:
                return None
            at = max(last, at + 1)
        return None

    def _may_be(self, antecedent: _Antecedent | None, gender: str) -> bool:
        """Whether a pronoun of `gender` may be the antecedent: a person of that gender or of
        none told, or a body speaking through a person ("a spokesman for the Red Cross")."""
        if antecedent is None:
            return False
        if self._kind_of(antecedent) != "person":
            return antecedent.voiced
        return self._gender(antecedent) in (None, gender)

    def _spoke_before(
        self,
        known: Sequence[str | None],
        results: Sequence[SpeakerSuggestion | None],
        voiced: Sequence[bool],
        before: int,
        gender: str,
    ) -> bool:
        """Whether the last speaker before statement `before` may be a pronoun of `gender`:
        a person of that gender or of none known. Then "He added" after "Lavrov met his
        Turkish counterpart" is still Pashinyan's, who spoke before: the narration's person
        is taken only where the pronoun cannot be the last speaker."""
        for previous in range(before - 1, max(-1, before - 1 - LOOKBACK), -1):
            antecedent = _antecedent(known, results, voiced, previous)
            if antecedent is not None and self._kind_of(antecedent) == "person":
                return self._gender(antecedent) in (None, gender)
        return False

    def _gender(self, antecedent: _Antecedent) -> str | None:
        """The antecedent's gender, where its names tell it (`attribution.gender`)."""
        if self._kind_of(antecedent) != "person":
            return None
        if antecedent.speaker is None:
            proposal = antecedent.proposal
            return person_gender(proposal.name, proposal.mention) if proposal else None
        speaker = self._speakers.get(antecedent.speaker)
        return person_gender(*speaker.names) if speaker else None

    def _office_holder(
        self,
        finding: Finding,
        known: Sequence[str | None],
        results: Sequence[SpeakerSuggestion | None],
        voiced: Sequence[bool],
        number: int,
        sentences: Sequence[Sentence],
    ) -> SpeakerSuggestion | None:
        """The nearest earlier speaker who was named with the office a short form says
        ("Defence Minister Sergei Shoigu said …. A spokesman, Igor Konashenkov, added ….
        "We will not stop," **the minister** said": Shoigu, not the spokesman who spoke
        last). None when no speaker within reach was named with it: then the nearest person
        is, as before."""
        head = _office_head(finding.surface)
        if not head:
            return None
        for previous in range(number - 1, max(-1, number - 1 - LOOKBACK), -1):
            if discourse.is_dateline(sentences[previous].text, sentences[previous].tokens):
                return None
            antecedent = _antecedent(known, results, voiced, previous)
            if antecedent is None or self._kind_of(antecedent) != "person":
                continue
            if not self._named_with(antecedent, head, sentences[previous]):
                continue
            label = self._label(antecedent)
            reason = (
                f'short form "{finding.surface}" with cue "{finding.cue}" carries over {label},'
                " named with that office"
            )
            score = SCORE_CARRY_KNOWN if antecedent.known else SCORE_CARRY_SUGGESTED
            return SpeakerSuggestion(
                antecedent.speaker, round(min(score, antecedent.score), 3), reason, finding.cue,
                antecedent.proposal,
            )  # fmt: skip
        return None

    def _named_with(self, antecedent: _Antecedent, head: str, sentence: Sentence) -> bool:
        """Whether the antecedent goes by a name holding the office `head` ("Defence
        Minister Sergei Shoigu" as proposed or registered), or its sentence names it right
        after the office ("Defence Minister Sergei Shoigu said" with Shoigu registered as
        "Sergei Shoigu"; "A spokesman, Igor Konashenkov, added")."""
        if antecedent.speaker is None:
            proposal = antecedent.proposal
            names = (proposal.name, proposal.mention, *proposal.aliases) if proposal else ()
        else:
            speaker = self._speakers.get(antecedent.speaker)
            names = speaker.names if speaker else ()
        if any(w.startswith(head) for name in names for w in words(name)):
            return True
        if antecedent.speaker is None:
            said = antecedent.proposal.mention if antecedent.proposal else ""
            starts = [sentence.text.find(said)] if said else []
        else:
            starts = [m.start for m in sentence.mentions if m.speaker == antecedent.speaker]
        for start in (at for at in starts if at >= 0):
            before = [t.norm for t in sentence.tokens if t.end <= start][-3:]
            if any(w.startswith(head) for w in before):
                return True
        return False

    def _group_size(self, antecedent: _Antecedent, lexicon: Lexicon) -> str:
        """ "one" for a group of people proposed from one of them ("A local resident said":
        *Residents*), "many" for any other speaker under a group's label ("Residents
        (Kharkiv)", proposed or registered), "" for anyone else."""
        if antecedent.speaker is not None:
            speaker = self._speakers.get(antecedent.speaker)
            name, mention = (speaker.name if speaker else ""), ""
        else:
            proposal = antecedent.proposal
            name, mention = (proposal.name, proposal.mention) if proposal else ("", "")
        if not any(name == label or name.startswith(f"{label} (") for label in _LABELS):
            return ""
        said = words(mention)
        one = any(_contains(said, member) for member in lexicon.group_members)
        return "one" if one else "many"

    def _mentioned_person(self, sentence: Sentence, office: str) -> _Antecedent | None:
        """The registered person a sentence names who holds `office` ("the minister": one of
        their names says minister, as "Foreign Minister" or "Министр иностранных дел"); a
        person merely mentioned is no better antecedent than the last one quoted."""
        head = _office_head(office)
        for mention in sentence.mentions:
            speaker = self._speakers.get(mention.speaker)
            if speaker is None or speaker.kind != "person" or not head:
                continue
            if any(w.startswith(head) for name in speaker.names for w in words(name)):
                return _Antecedent(speaker.id, None, False, SCORE_CARRY_SUGGESTED)
        return None

    def _mentioned_body(
        self, sentence: Sentence, finding: Finding, lexicon: Lexicon
    ) -> _Antecedent | None:
        """The one body a sentence names, speaking or not, that a short form fits ("Hamas"
        for "kelompok itu"; "the Independent Electoral and Boundaries Commission" for "the
        commission"): a registered speaker, a known organisation or, for a body word, the
        capitalised name holding it. Two bodies that fit name none."""
        found: list[_Antecedent] = []
        for mention in sentence.mentions:
            antecedent = _Antecedent(mention.speaker, None, False, SCORE_MENTIONED)
            if self._speakers.get(mention.speaker) and self._fits(antecedent, finding):
                found.append(antecedent)
        for surface in _bodies_named(sentence, finding, lexicon):
            proposal = registered_form(new_speaker(surface, lexicon), lexicon.lang)
            if proposal.kind == "person":
                continue
            antecedent = _Antecedent(None, proposal, False, SCORE_MENTIONED)
            if self._fits(antecedent, finding) and words(proposal.name) not in {
                words(self._label(a).strip('"')) for a in found
            }:
                found.append(antecedent)
        return found[0] if len(found) == 1 else None

    def _fits(self, antecedent: _Antecedent, finding: Finding) -> bool:
        """Does the antecedent's kind suit the pronoun ("he": a person) or short form?

        A body that spoke through a person ("a spokesman for the Red Cross said") is "he".
        """
        if finding.body:  # "the defence ministry": a defence ministry, no other
            return finding.body in self._body_kinds(antecedent)
        if antecedent.voiced and (finding.refers == "person" or "person" in finding.kinds):
            return True
        if finding.names:
            # "the panel", "the commission": whoever's name holds the word, whatever kind
            # it was proposed or registered with ("other" when nothing told it), but no
            # person ("Судья Иванов" is no "суд", "Советник …" no "совет")
            if self._kind_of(antecedent) == "person":
                return False
            return any(_holds(w, finding) for w in self._words_of(antecedent, finding.not_after))
        if antecedent.speaker is None:
            kind = antecedent.proposal.kind if antecedent.proposal else "other"
            if kind == "other":  # nothing known of it: only kind-free references fit
                if _acronym_name(antecedent.proposal) and "organisation" in finding.kinds:
                    return True  # "M23 said …", then "the group said": initials name a group
                return not finding.kinds and finding.refers in ("any", "person")
            if kind == "military" and "organisation" in finding.kinds:
                # "the group" is never a state's army ("the Israeli army", "Армия Израиля");
                # a force named for no country may be an armed group ("the Arakan Army")
                return _non_state_force(antecedent.proposal.name if antecedent.proposal else "")
            names: tuple[str, ...] = (antecedent.proposal.name,) if antecedent.proposal else ()
            side = None
        else:
            speaker = self._speakers.get(antecedent.speaker)
            if speaker is None:
                return finding.refers == "any" and not finding.kinds
            kind, names, side = speaker.kind, speaker.names, speaker.side
        if finding.names and not any(_holds(w, finding) for name in names for w in words(name)):
            return False  # "the commission" is a commission, not whoever spoke last
        if kind == "military" and set(finding.kinds) == {"military"}:
            # a side that is a country says it too: "Tatmadaw", registered on Myanmar's side
            return _a_states_force((*names, side) if side else names, finding.surface)
        if finding.kinds:
            return kind in finding.kinds
        if finding.refers == "person":
            return kind == "person"
        if finding.refers == "organisation":
            return kind != "person"
        return True

    def _body_kinds(self, antecedent: _Antecedent) -> set[str]:
        """The kinds of state body the antecedent's names say it is ("defence ministry"),
        with or without its country."""
        if antecedent.speaker is None:
            names = (antecedent.proposal.name,) if antecedent.proposal else ()
        else:
            speaker = self._speakers.get(antecedent.speaker)
            names = speaker.names if speaker and speaker.kind != "person" else ()
        kinds = {key[0] for name in names if (key := body_key(name)) and key[1]}
        return kinds | {kind for name in names if (kind := body_kind(name))}

    def _whose_kind(
        self,
        results: list[SpeakerSuggestion | None],
        described: dict[int, tuple[str, bool, str]],
        sentences: Sequence[Sentence],
        lexicon: Lexicon,
    ) -> None:
        """A ministry described by its kind alone that no earlier one of its kind spoke for
        ("The defence ministry said …", "Kementerian luar negeri mengatakan …") is the one
        body of that kind the article names with its country, speaking or not
        ("Azerbaijan's defence ministry released footage …"); with none or several, nobody:
        a guess would be a wrong speaker more often than a help. Written as a name ("The
        Health Ministry said", "Kementerian Pertahanan mengatakan") or described by more
        than its kind ("the regional health ministry said", `_described_by_name`) it stays
        proposed as written then, as "Минобороны" does."""
        if not described:
            return
        named = self._state_bodies(results, sentences)
        for number, (kind, as_a_name, proposed) in described.items():
            suggestion = results[number]
            proposal = suggestion.proposal if suggestion else None
            if suggestion is None or proposal is None or proposal.name != proposed:
                continue  # found as the body the document names (`_same_body`)
            keys = [key for key in named if key[0] == kind]
            if len(keys) != 1:
                results[number] = suggestion if as_a_name else None
                continue
            key = keys[0]
            speaker = self._body_keys.get(key)
            reason = suggestion.reason.replace("unregistered ", "", 1)
            if speaker is not None:
                results[number] = SpeakerSuggestion(
                    speaker,
                    round(min(suggestion.score, SCORE_MENTIONED), 3),
                    f'{reason}: the article names "{self._name(speaker)}"',
                    suggestion.cue,
                )
                continue
            body = registered_form(new_speaker(named[key], lexicon), lexicon.lang)
            results[number] = replace(
                suggestion,
                proposal=replace(body, mention=proposal.mention),
                reason=f'{suggestion.reason}: the article names "{body.name}"',
            )

    def _state_bodies(
        self, results: Sequence[SpeakerSuggestion | None], sentences: Sequence[Sentence]
    ) -> dict[tuple[str, str], str]:
        """The state bodies the statements name with their country, speaking or not, as
        (kind, country) -> the registered speaker or the words as written ("Azerbaijan's
        defence ministry released footage …")."""
        named: dict[tuple[str, str], str] = {}
        for suggestion in results:
            proposal = suggestion.proposal if suggestion else None
            if suggestion is not None and suggestion.speaker is not None:
                for key in self._keys_of.get(suggestion.speaker, ()):
                    named.setdefault(key, suggestion.speaker)
            elif proposal is not None and (key := body_key(proposal.name)) and key[1]:
                named.setdefault(key, proposal.name)
        for sentence in sentences:
            for mention in sentence.mentions:
                for key in self._keys_of.get(mention.speaker, ()):
                    named.setdefault(key, mention.speaker)
            for key, written in bodies_named_in(sentence.text):
                named.setdefault(key, written)
        return named

    def _one_ministry(
        self,
        results: list[SpeakerSuggestion | None],
        indefinite: dict[int, Finding],
        sentences: Sequence[Sentence],
        lexicon: Lexicon,
    ) -> None:
        """ "A ministry spokesman said …" (`Finding.indefinite`) is the one ministry the
        article has named before, with its country, speaking or not ("Russia's defence
        ministry said …"); with none or several, nobody: the indefinite article points at no
        ministry in particular, and a guess would be a wrong speaker more often than a
        help."""
        for number, finding in indefinite.items():
            named = self._state_bodies(results[:number], sentences[:number])
            keys = [key for key in named if key[0].endswith("ministry")]
            if len(keys) != 1 or results[number] is not None:
                continue
            key = keys[0]
            speaker = self._body_keys.get(key)
            written = self._name(speaker) if speaker is not None else named[key]
            reason = (
                f'short form "{finding.surface}" with cue "{finding.cue}": the one ministry '
                f'the article names before, "{written}"'
            )
            if speaker is not None:
                results[number] = SpeakerSuggestion(speaker, SCORE_MENTIONED, reason, finding.cue)
                continue
            body = registered_form(new_speaker(written, lexicon), lexicon.lang)
            results[number] = SpeakerSuggestion(
                None, SCORE_PROPOSAL, reason, finding.cue, replace(body, mention=finding.surface)
            )

    def _kind_of(self, antecedent: _Antecedent) -> str:
        """The kind the antecedent was registered or proposed with."""
        if antecedent.speaker is None:
            return antecedent.proposal.kind if antecedent.proposal else "other"
        speaker = self._speakers.get(antecedent.speaker)
        return speaker.kind if speaker else "other"

    def _words_of(
        self, antecedent: _Antecedent, not_after: frozenset[str] = frozenset()
    ) -> list[str]:
        """The words of every name the antecedent goes by; none for a source or official
        nobody names ("Anonymous source (health ministry)" is no ministry speaking), nor a
        word right after one of `not_after` ("the union" finds no "European **Union**")."""
        if antecedent.speaker is None:
            proposal = antecedent.proposal
            if proposal is None or proposal.name.startswith((SOURCE, OFFICIAL)):
                return []
            names = (proposal.name,)
            initialled = self._initialled.get(fold_str(proposal.name), set())
            if _acronym_name(proposal) and len(initialled) == 1:  # "OCHA": "the office"
                names += self._speakers[next(iter(initialled))].names
        else:
            speaker = self._speakers.get(antecedent.speaker)
            names = speaker.names if speaker else ()
        # a short name is its full words too: "Polda" is a "kepolisian"
        compound = all_compound_names()
        found: list[str] = []
        for said in map(words, names):
            for at, word in enumerate(said):
                if not (at and said[at - 1] in not_after):
                    found += (word, *compound.get(word, ()))
        return found

    def _label(self, antecedent: _Antecedent) -> str:
        if antecedent.speaker is None:
            return f'"{antecedent.proposal.name if antecedent.proposal else "?"}"'
        return self._name(antecedent.speaker)

    def _name(self, speaker_id: str | None) -> str:
        speaker = self._speakers.get(speaker_id or "")
        return speaker.name if speaker else str(speaker_id)


_AGE_RE = re.compile(r"\s*(?:,\s*\d{1,3}\s*[,.]|\(\d{1,3}\))")


def _aged(text: str, surface: str) -> bool:
    """ "said Sulaiman, 52, head of …", "kata Sulaiman (52)": a name followed by an age is a
    person's ("he said" then carries it over), whatever a lone word would otherwise be. Any
    occurrence counts: the name may stand earlier without its age."""
    at = text.find(surface)
    while at >= 0:
        if _AGE_RE.match(text, at + len(surface)) is not None:
            return True
        at = text.find(surface, at + 1)
    return False


def _by_its_word(finding: Finding, lexicon: Lexicon) -> Finding | None:
    """A listed short form for a kind of body ("the ministry", "kementerian itu") that found
    no speaker of its kind nearby, as a body's word instead: the speaker further back whose
    name holds it. None for any other finding."""
    said = words(finding.surface)
    if not finding.how.startswith("short-form") or finding.names or not said:
        return None
    head = next((w for w in reversed(said) if w in lexicon.kind_words), "")
    kind = lexicon.kind_words.get(head)
    if kind is None or kind in ("media", "officials") or "person" in finding.kinds:
        return None
    forms = (head,)
    if lexicon.case_endings:
        forms = tuple(sorted({head, *(fold_str(f) for f in word_forms(head))}))
    return replace(finding, kinds=(), names=forms, whole=True)


def _bare_body(finding: Finding, lexicon: Lexicon) -> bool:
    """A Russian body word alone as the subject ("Полиция", "Партия"): a reference back when
    a body of its name spoke, else that body speaking, as it was proposed before."""
    return finding.whole and words(finding.surface) in {(w,) for w in lexicon.definite_bare}


def _holds(word: str, finding: Finding) -> bool:
    """Whether one folded word of a name is what a body word or stem looks for: one of a
    body word's forms (`Finding.whole`), or a word starting with a listed stem."""
    return word in finding.names if finding.whole else word.startswith(finding.names)


def _refers_to_a_body(finding: Finding) -> bool:
    """A short form for an armed group or organisation ("the group", "kelompok itu",
    "группировка") or for a body by its word ("the commission", "the panel")."""
    return bool(finding.names) or (
        bool(finding.kinds) and set(finding.kinds) <= {"organisation", "military"}
    )


def _bodies_named(sentence: Sentence, finding: Finding, lexicon: Lexicon) -> list[str]:
    """The names of bodies a sentence holds, as written: known organisations ("Hamas",
    "Врачи без границ") and, for a body word, the capitalised run holding it ("the
    **Independent Electoral and Boundaries Commission** declared …")."""
    tokens = sentence.tokens
    text = sentence.text
    found: list[str] = []
    at = 0
    while at < len(tokens):
        written = [text[t.start : t.end] for t in tokens[at : at + MAX_ORGANISATION_WORDS]]
        size = organisation_named(written) or (
            1 if tokens[at].capitalised and body_key(written[0]) is not None else 0
        )
        if size and tokens[at].capitalised and _joined(text, tokens[at : at + size]):
            found.append(text[tokens[at].start : tokens[at + size - 1].end])
            at += size
            continue
        at += 1
    if finding.names:
        for index, token in enumerate(tokens):
            head = _holds(token.norm, finding)
            if head and not token.capitalised and lexicon.case_endings:
                # "**Межгосударственный авиационный комитет** начал расследование": a Russian
                # name capitalises its first word only, an adjective before the head
                first = index
                while first > 0 and tokens[first - 1].norm.endswith(RU_ADJECTIVE_ANY):
                    first -= 1
                    if tokens[first].capitalised:
                        found.append(text[tokens[first].start : token.end])
                        break
                continue
            if head and token.capitalised:
                first, last = index, index
                while first > 0 and _in_name(tokens, first - 1, text, lexicon):
                    first -= 1
                while last + 1 < len(tokens) and _in_name(tokens, last + 1, text, lexicon):
                    last += 1
                while tokens[first].norm in lexicon.head_links | lexicon.determiners:
                    first += 1
                while tokens[last].norm in lexicon.head_links | lexicon.determiners:
                    last -= 1
                if first <= last and _joined(text, tokens[first : last + 1]):
                    found.append(text[tokens[first].start : tokens[last].end])
    return found


def _in_name(tokens: Sequence[Token], at: int, text: str, lexicon: Lexicon) -> bool:
    """Whether a word goes on a capitalised name: a capital, or "and"/"of" between two."""
    token = tokens[at]
    if token.capitalised:
        return True
    linking = lexicon.conjunctions | lexicon.head_links
    return (
        token.norm in linking
        and 0 < at < len(tokens) - 1
        and tokens[at - 1].capitalised
        and tokens[at + 1].capitalised
    )


def _joined(text: str, tokens: Sequence[Token]) -> bool:
    """Whether nothing but spaces and hyphens stand between the tokens."""
    return all(not text[a.end : b.start].strip(" -") for a, b in pairwise(tokens))


def _unnamed(finding: Finding, sentence: Sentence, lexicon: Lexicon) -> bool:
    """A short form that is a source or official nobody names (`attribution.groups`)."""
    if finding.kind != "carry" or not finding.how.startswith("short-form"):
        return False
    return group_speaker(finding.surface, sentence.text, lexicon) is not None


def _acronym_name(proposal: NewSpeaker | None) -> bool:
    """A proposal named by initials in capitals ("RSF", "M23"): a body, never a person."""
    name = proposal.name if proposal else ""
    return len(name) > 1 and name.isupper() and " " not in name and name[0].isalpha()


def _non_state_force(name: str) -> bool:
    """A force's name with a word of its own beside the words for a force and for a country
    or people ("Arakan Army", "Free Syrian Army", "Kosovo Liberation Army"): an armed group.
    A state's army names nothing but its country and the force ("Sudanese army", "Myanmar's
    military", "Militer Israel", "Армия Израиля"), says its country by itself ("IDF", "ВСУ"),
    or is led by a state ("Saudi-led coalition forces")."""
    if home_country(name) is not None:
        return False
    written = [_POSSESSIVE.sub("", w) for w in _NAME_WORD.findall(name)]
    if any(_state_led(w) for w in written):
        return False
    forces = _force_words()
    own = [w for w in written if fold_str(w) not in forces | _ARMED and not _names_country(w)]
    return bool(own)


def _a_states_force(names: Sequence[str], short_form: str) -> bool:
    """Whether a force "the army", "the military", "militer", "военные" may refer back to:
    a state's ("Sudan's army", "Sudanese Armed Forces"), or one whose own name holds the
    word ("the Arakan Army"). A paramilitary named for no country ("Rapid Support Forces",
    "RSF") is none: the RSF speaking before "The army has denied …" is the army's enemy."""
    said = set(words(short_form)) & _force_words()
    if any(said & set(words(name)) for name in names):
        return True
    return any(not _non_state_force(name) for name in names)


_ARMED = frozenset(
    {
        "armed", "bersenjata", "вооруженные", "вооруженных", "вооруженными",
        "defense", "defence", "self-defense", "self-defence", "pertahanan",
        "обороны", "самообороны",
    }
)  # fmt: skip
"""Words that say a force bears arms or defends ("Ukraine's armed forces", "Israel Defense
Forces", "Армия обороны Израиля"), folded: no name of a group's own."""


def _names_country(word: str) -> bool:
    """A country's or people's name, in any language and case ("Myanmar", "Syrian")."""
    return names_a_place(word) or names_any_place(word) or place_of_adjective(word) is not None


def _state_led(word: str) -> bool:
    """ "Saudi-led", "US-led": a force a state leads."""
    head, _, tail = re.sub("[’']", "-", word).rpartition("-")
    return fold_str(tail) == "led" and bool(head) and _names_country(head)


_NAME_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")


@lru_cache(maxsize=1)
def _force_words() -> frozenset[str]:
    """Every lexicon's words for an armed force ("army", "militer", "армия") and its
    other forms, folded."""
    found: set[str] = set()
    for lang in available_languages():
        lexicon = load_lexicon(lang)
        for word, kind in lexicon.kind_words.items():
            if kind == "military":
                found |= {word, *(fold_str(f) for f in word_forms(word))}
    return frozenset(found)


def _office_head(office: str) -> str:
    """The start of the office word a short form says, by which a name holding it is
    known: the phrase's longest word ("minister" in "the minister", "menteri" in "menteri
    itu", "министр"), its first five letters (so "министра", "Minister's" are it too)."""
    said = words(office)
    return max(said, key=len)[:5] if said else ""


def _antecedent(
    known: Sequence[str | None],
    results: Sequence[SpeakerSuggestion | None],
    voiced: Sequence[bool],
    index: int,
) -> _Antecedent | None:
    """The speaker of an earlier statement: the tagged one, else the suggestion."""
    if index < len(known) and known[index]:
        return _Antecedent(known[index], None, True, 1.0)
    suggestion = results[index]
    if suggestion is None:
        return None
    return _Antecedent(
        suggestion.speaker, suggestion.proposal, False, suggestion.score, voiced[index]
    )


def _same_person(
    results: list[SpeakerSuggestion | None],
    *,
    first_names: bool = False,
    narrated: Sequence[NewSpeaker] = (),
) -> None:
    """A bare surname or office proposed in a document ("Aliyev, berbicara ...", the headline's
    "Presiden Azerbaijan") is the person proposed with that surname or office elsewhere in it
    ("Presiden Azerbaijan Ilham Aliyev"), not a new speaker of its own; so is a first name
    where the press uses one ("…, kata Arif" for Arif Santoso: `first_names`), when only one
    person proposed in the document has it. So is the surname of a person the narration
    introduced without quoting (`narrated`: "Dr. Elena Moravec, the chief surgeon, was in
    the theatre …", then "Moravec said" is Elena Moravec)."""
    people: dict[tuple[str, ...], NewSpeaker] = {}
    given: dict[str, set[NewSpeaker]] = {}
    spoken = [s.proposal if s else None for s in results]
    for proposal in [*spoken, *narrated]:
        key = surname(proposal) if proposal else None
        if proposal is not None and key is None and _mononym(proposal):
            key = words(proposal.name)[0]  # "Menko Polhukam Wiranto", then "Wiranto"
        if proposal is not None and key is not None:
            people.setdefault((key,), proposal)
            for alias in proposal.aliases:
                people.setdefault(words(alias), proposal)
            if first_names:
                given.setdefault(words(proposal.name)[0], set()).add(proposal)
    for first, holders in given.items():
        if len(holders) == 1:
            people.setdefault((first,), next(iter(holders)))
    if not people:
        return
    for number, suggestion in enumerate(results):
        proposal = suggestion.proposal if suggestion else None
        if suggestion is None or proposal is None or surname(proposal) is not None:
            continue  # a full name is its own person
        named = name_words(proposal.name)  # "Von der Leyen": the surname "Leyen"
        person = people.get(words(proposal.name)) or people.get(named)
        person = person or _declined_surname(people, named)
        if person is not None and person != proposal:
            what = "office" if len(named) > 1 else "surname"
            if len(named) == 1 and words(person.name) == named:
                what = "name"  # one name, found after an office before ("Wiranto")
            elif len(named) == 1 and words(person.name)[0] == named[0]:
                what = "first name"
            results[number] = replace(
                suggestion,
                proposal=person,
                reason=f'{suggestion.reason}: the {what} of "{person.name}"',
            )


def _same_short_name(results: list[SpeakerSuggestion | None]) -> None:
    """A body proposed by its short name ("The IEC said", "Komnas HAM mengatakan") is the
    body proposed in the document with that short name in brackets ("the Independent
    Election Commission (IEC)", "Komisi Nasional Hak Asasi Manusia (Komnas HAM)"), not a
    second speaker; so are initials the body's name makes ("OCHA said" after "The United
    Nations Office for the Coordination of Humanitarian Affairs said"), unless they are a
    known body's own name ("WHO": `_same_body` finds it)."""
    bodies: dict[tuple[str, ...], NewSpeaker] = {}
    initialled: dict[tuple[str, ...], NewSpeaker] = {}
    for suggestion in results:
        proposal = suggestion.proposal if suggestion else None
        if proposal is not None and proposal.kind != "person":
            for alias in proposal.aliases:
                bodies.setdefault(words(alias), proposal)
            for initials in body_initials(proposal.name):
                initialled.setdefault((initials,), proposal)
    for number, suggestion in enumerate(results):
        proposal = suggestion.proposal if suggestion else None
        if suggestion is None or proposal is None or proposal.kind == "person":
            continue
        body = bodies.get(words(proposal.name))
        if body is None and _acronym_name(proposal) and not _known_body(proposal.name):
            body = initialled.get(words(proposal.name))
        if body is not None and body != proposal and not proposal.aliases:
            results[number] = replace(
                suggestion,
                proposal=body,
                reason=f'{suggestion.reason}: the short name of "{body.name}"',
            )


def _known_body(name: str) -> bool:
    """A body the data knows by this name as written ("WHO", "ICRC")."""
    return body_key(name) is not None or bool(organisation_named(name.split()))


def body_initials(name: str) -> tuple[str, ...]:
    """The short names a body's name makes of the initials of its capitalised words, folded:
    whole ("unocha") and from its own head word on, past the parent body before it
    ("United Nations **O**ffice for the **C**oordination of **H**umanitarian **A**ffairs":
    "ocha"). Three letters at least; none for a name with no body word."""
    said = [w for w in name.split() if w[:1].isupper()]
    if len(said) < 3:
        return ()
    heads = [i for i, w in enumerate(said) if fold_str(w) in _body_words()]
    found = {"".join(fold_str(w[0]) for w in said[i:]) for i in (0, *heads[:1])}
    return tuple(sorted(i for i in found if len(i) >= 3))


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """Every lexicon's words for a kind of body ("office", "kantor", "управление"), folded."""
    return frozenset(w for lang in available_languages() for w in load_lexicon(lang).kind_words)


def _mononym(proposal: NewSpeaker) -> bool:
    """A person proposed by one name found after their office ("Menko Polhukam **Wiranto**",
    "Colonel **Ivanov**"): the name is whole, and a later "Wiranto" is them."""
    return (
        proposal.kind == "person"
        and len(words(proposal.name)) == 1
        and words(proposal.mention) != words(proposal.name)
    )


def _declined_surname(
    people: dict[tuple[str, ...], NewSpeaker], named: tuple[str, ...]
) -> NewSpeaker | None:
    """The person whose surname a one-word proposal is in another case ("По словам
    **Эрдогана**" after "Президент Турции Реджеп Тайип Эрдоган")."""
    if len(named) != 1:
        return None
    for key, person in people.items():
        if len(key) == 1 and word_score(key[0], named[0]) >= INFLECTED_SCORE:
            return person
    return None


def _its_side(described: tuple[str, str], speaker: Speaker) -> bool:
    """Whether the word describing a registered body (`bodies.described_body`) is its side
    ("Kestria" of "Defence Ministry of Kestria", on the side Kestria): its country, which
    no list may know, not a description. A body is matched by its country only for a
    country the lists know (`bodies.body_key`): a missed match, never a wrong one."""
    side = sounded(romanised(speaker.side or ""))
    return bool(side) and same_described_body(described, (described[0], side))


def _unvoiced(name: str, lexicon: Lexicon) -> str:
    """`name` without the office of whoever speaks for it, at either end ("~~Представитель~~
    российского МИДа", "State Department ~~spokesman~~", "~~Juru bicara~~ Kemlu AS"): the
    body's name, or "" when nothing but an office is left."""
    tokens = tokenize(name)
    office = lexicon.mouthpieces | lexicon.titles | lexicon.determiners | lexicon.voice_links
    spoken = [t.norm not in office or t.norm in lexicon.kind_words for t in tokens]
    if True not in spoken or all(spoken):
        return ""
    first, last = spoken.index(True), len(spoken) - 1 - spoken[::-1].index(True)
    return name[tokens[first].start : tokens[last].end]


def _described_by_name(finding: Finding, sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether the words of a ministry described by its kind name it, with none of that kind
    in the article: written as a name (`_written_as_a_name`), or saying more than its kind
    ("the **regional** health ministry", "Региональный минздрав"): no guess, as the sentence
    says which. "The health ministry" alone says none."""
    return _written_as_a_name(finding.surface, sentence, lexicon) or (
        body_kind(finding.surface) is None
    )


def _written_as_a_name(surface: str, sentence: Sentence, lexicon: Lexicon) -> bool:
    """Every word capitalised ("The **Health Ministry**", "Kementerian Pertahanan"), or in
    Russian, which capitalises a name's first word only, that word where no sentence opens
    ("В **Министерстве** иностранных дел заявили"); not a description ("the health
    ministry", "Министерство обороны" opening a sentence)."""
    tokens = tokenize(surface)
    if not lexicon.case_endings:
        return all(t.capitalised for t in tokens)
    at = sentence.text.find(surface)
    opening = bool(sentence.tokens) and at == sentence.tokens[0].start
    return bool(tokens) and tokens[0].capitalised and not opening


def _case_found(text: str, surface: str, proposed: NewSpeaker, lexicon: Lexicon) -> str | None:
    """The case a Russian proposal is in where its cue governs none: the one a preposition
    before it puts it in ("заявили в **Комиссии** по …"), the genitive after a mouthpiece
    ("В докладе **группы** наблюдателей ООН говорится"), or a person's office's ("В заявлении
    **министра** обороны Петра Васка говорится": the name agrees with its office)."""
    before = _word_before(text, surface)
    if before in CASE_AFTER:
        return CASE_AFTER[before]
    if before in lexicon.mouthpieces or a_voice(before, lexicon):
        return "gent"  # also "заявила **представительница** МЧС"
    if proposed.kind != "person":
        return None
    office = lexicon.titles | lexicon.ranks
    for word in surface.split():
        if any(t.norm in office for t in tokenize(word)):
            return office_case(word)  # the office's head: "пресс-секретаря президента …"
    return None


def _word_before(text: str, surface: str) -> str:
    """The folded word right before `surface` in `text` ("в" in "заявили в Комиссии"): the
    preposition that says the case a proposal is in, where it is the only word between."""
    at = text.find(surface)
    before = text[:at].split() if at > 0 else []
    return fold_str(before[-1]) if before else ""


def _where(finding: Finding) -> str:
    return "after" if finding.how.endswith("after") else "before"


def _contains(name: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether the words `part` occur in `name`, in order and next to each other."""
    size = len(part)
    return any(name[i : i + size] == part for i in range(len(name) - size + 1))


def _replace_proposals(
    results: list[SpeakerSuggestion | None],
    registered: Callable[[NewSpeaker], str | None],
    cap: float,
    why: Callable[[SpeakerSuggestion, NewSpeaker, str], str],
    *,
    teach: Callable[[NewSpeaker, str], bool] | None = None,
) -> None:
    """Suggest the registered speaker `registered` finds for a proposed new one (asked once
    per proposal), at most at `cap`, with the reason `why` gives; when `teach` says so,
    accepting it teaches the speaker the proposal's names (`SpeakerSuggestion.found_as`)."""
    found: dict[NewSpeaker, str | None] = {}
    for number, suggestion in enumerate(results):
        proposal = suggestion.proposal if suggestion else None
        if suggestion is None or proposal is None:
            continue
        if proposal not in found:
            found[proposal] = registered(proposal)
        speaker = found[proposal]
        if speaker is not None:
            # the phrase is found registered after all: not 'unregistered "Fajar" …: "Fajar"
            # is registered as "Fajar"'
            said = replace(suggestion, reason=suggestion.reason.replace("unregistered ", "", 1))
            results[number] = SpeakerSuggestion(
                speaker,
                round(min(suggestion.score, cap), 3),
                why(said, proposal, speaker),
                suggestion.cue,
                found_as=proposal if teach is not None and teach(proposal, speaker) else None,
            )
