"""Speaker suggestions for statements: alias matching (RapidFuzz) plus multilingual cues."""

from claimtrack.attribution.attributor import Attributor, SpeakerSuggestion

__all__ = ["Attributor", "SpeakerSuggestion"]
