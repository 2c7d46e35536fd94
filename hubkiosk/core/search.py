"""Finding a service from the words a resident types, typos and everyday words included.

Pure Python (``difflib``): the catalogue is a dozen services, so an index of normalised
terms compared word by word is instant and needs no dependency. Each service is indexed
by its name, summary, keywords (the council's everyday words: "bin", "rubbish", "pot
hole"...) and the titles of the forms it links to, in the resident's language and in
English (residents often type English words whatever language the screen is in).

A query word matches a term word exactly, as the start of a longer word ("recyc"), by
similarity (``difflib`` ratio, for typos such as "rubish" or "counsil"), or glued to its
neighbour ("pot hole" finds "pothole", "flytipping" finds "fly tipping"). A whole
keyword phrase found in the query counts extra. Words such as "my", "the", "help" carry
no weight.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from sync.protocol.content import Catalogue, LocalizedText, Service

#: How much a match in each part of a service counts.
WEIGHTS = {"name": 3.0, "keyword": 2.5, "form": 2.0, "summary": 1.0, "can_do": 0.8}
#: Below this similarity two words are not taken for each other.
MIN_SIMILARITY = 0.78
#: A result needs at least this score to be shown.
MIN_SCORE = 0.9

STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "about",
        "at",
        "be",
        "by",
        "can",
        "do",
        "for",
        "from",
        "get",
        "got",
        "have",
        "help",
        "i",
        "im",
        "in",
        "is",
        "it",
        "its",
        "me",
        "my",
        "need",
        "of",
        "on",
        "or",
        "our",
        "please",
        "the",
        "their",
        "there",
        "to",
        "want",
        "was",
        "wasnt",
        "we",
        "with",
        "you",
        "your",
        "how",
        "what",
        "where",
        "when",
        "who",
        "why",
        "not",
        "no",
        "has",
        "had",
        "been",
    ]
)


def normalise(text: str) -> str:
    """Case-folded, accents and punctuation removed, one space between words.

    Bengali vowel signs are kept (they are marks, but part of the word).
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.replace("’", "'")
    decomposed = unicodedata.normalize("NFD", text)
    kept = []
    for char in decomposed:
        if unicodedata.category(char) == "Mn" and ord(char) < 0x0300 + 0x70:
            continue  # Latin accents (é -> e); Bengali signs are above this range
        kept.append(char)
    text = unicodedata.normalize("NFC", "".join(kept))
    text = text.replace("'", "")
    text = "".join(" " if unicodedata.category(c)[0] in "PSZC" else c for c in text)
    return " ".join(text.split())


def words(text: str) -> list[str]:
    return [word for word in normalise(text).split() if word not in STOPWORDS]


@lru_cache(maxsize=65_536)
def similarity(a: str, b: str) -> float:
    """How alike two words are, 0 to 1 (1: the same)."""
    if a == b:
        return 1.0
    if len(a) >= 3 and b.startswith(a):
        # A word being typed: "recyc" for "recycling"; short stems count a little less.
        return 0.85 + 0.15 * len(a) / len(b)
    shortest = min(len(a), len(b))
    if shortest < 3:
        return 0.0
    # Short words need to be closer ("bin" and "bill" are different things).
    needed = MIN_SIMILARITY if shortest >= 5 else 0.85
    if 2 * shortest / (len(a) + len(b)) < needed:
        return 0.0  # the lengths alone rule it out
    matcher = SequenceMatcher(None, a, b)
    if matcher.quick_ratio() < needed:
        return 0.0
    ratio = matcher.ratio()
    return ratio if ratio >= needed else 0.0


@dataclass(frozen=True)
class Term:
    """One indexed phrase of a service: its words, where it came from and its weight."""

    words: tuple[str, ...]
    kind: str
    form_id: str | None = None

    @property
    def glued(self) -> str:
        return "".join(self.words)


@dataclass(frozen=True)
class Hit:
    service_id: str
    score: float
    #: The form whose title matched best, when a form title matched.
    form_id: str | None = None


def _texts(value: LocalizedText | Mapping[str, str] | str, language: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    root = value.root if isinstance(value, LocalizedText) else value
    found = [root.get(language, ""), root.get("en", "")]
    return [text for text in dict.fromkeys(found) if text]


class ServiceIndex:
    """An index of the catalogue (and form titles) for one language."""

    def __init__(
        self,
        catalogue: Catalogue,
        forms: Mapping[str, Any] | None = None,
        language: str = "en",
    ) -> None:
        self.language = language
        self.services: dict[str, Service] = {s.id: s for s in catalogue.services}
        self.terms: dict[str, list[Term]] = {}
        forms = forms or {}
        for service in catalogue.services:
            terms: list[Term] = []

            def add(text: str, kind: str, form_id: str | None = None) -> None:
                found = tuple(words(text))
                if found:
                    terms.append(Term(found, kind, form_id))  # noqa: B023 (used at once)

            for text in _texts(service.name, language):
                add(text, "name")
            for text in _texts(service.summary, language):
                add(text, "summary")
            for item in service.hub_can_do:
                for text in _texts(item, language):
                    add(text, "can_do")
            for code in dict.fromkeys((language, "en")):
                for keyword in service.keywords.get(code, []):
                    add(keyword, "keyword")
            for form_id in service.form_ids:
                form = forms.get(form_id)
                title = getattr(form, "title", None)
                if title is not None:
                    for text in _texts(title, language):
                        add(text, "form", form_id)
            self.terms[service.id] = terms

    def search(self, query: str, limit: int = 5) -> list[Hit]:
        """Services for ``query``, best first (empty when nothing is close enough)."""
        asked = words(query)
        if not asked:
            return []
        hits: list[Hit] = []
        for service_id, terms in self.terms.items():
            score, form_id = self._score(asked, terms)
            if score >= MIN_SCORE:
                hits.append(Hit(service_id, round(score, 3), form_id))
        share = {sid: s.share_of_visits for sid, s in self.services.items()}
        hits.sort(key=lambda h: (-h.score, -share[h.service_id], h.service_id))
        return hits[:limit]

    @staticmethod
    def _score(asked: list[str], terms: Iterable[Term]) -> tuple[float, str | None]:
        # Candidate query units: each word, and each pair of neighbours glued together.
        units: list[tuple[str, tuple[int, ...]]] = [(w, (i,)) for i, w in enumerate(asked)]
        units += [(asked[i] + asked[i + 1], (i, i + 1)) for i in range(len(asked) - 1)]
        best_per_word = [0.0] * len(asked)
        best_form: tuple[float, str | None] = (0.0, None)
        phrase_bonus = 0.0
        glued_query = "".join(asked)
        for term in terms:
            weight = WEIGHTS[term.kind]
            term_units = list(term.words)
            if len(term.words) > 1:
                term_units.append(term.glued)
                term_units += [a + b for a, b in zip(term.words, term.words[1:], strict=False)]
            matched_words = 0
            for unit, positions in units:
                best = max(similarity(unit, t) for t in term_units)
                if best <= 0:
                    continue
                value = best * weight
                for pos in positions:
                    if value > best_per_word[pos]:
                        best_per_word[pos] = value
                matched_words += len(positions)
                if term.form_id is not None and value > best_form[0]:
                    best_form = (value, term.form_id)
            # The whole phrase of a keyword or name is in the query ("council tax bill").
            if len(term.words) > 1 and (
                all(any(similarity(a, w) >= 0.85 for a in asked) for w in term.words)
                or similarity(term.glued, glued_query) >= 0.85
            ):
                phrase_bonus = max(phrase_bonus, weight * 0.6 * len(term.words))
            elif len(term.words) == 1 and matched_words and term.kind in ("name", "keyword"):
                phrase_bonus = max(phrase_bonus, 0.1)
        return sum(best_per_word) + phrase_bonus, best_form[1]


def search_services(
    query: str,
    catalogue: Catalogue,
    forms: Mapping[str, Any] | None = None,
    language: str = "en",
    limit: int = 5,
) -> list[Hit]:
    """One-off search (the finder keeps a :class:`ServiceIndex` per language instead)."""
    return ServiceIndex(catalogue, forms, language).search(query, limit)
